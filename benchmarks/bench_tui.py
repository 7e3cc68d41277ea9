"""The coding screen on a 50,000-word transcript: time to open, and key press to repaint.

Budgets (issue 6): opens in under a second; a key press repaints in under 50 ms. Driven
headless with Pilot. The baseline in the same run is a screen with a plain Textual
``Static`` holding the same text, so the difference says what the coding screen costs.
Three keys are timed: ``j`` (next unit), ``J`` (extend the selection by a unit, which
stops at the end of a turn) and ``1`` (code the selection: a write, the margin, the
sidebar's counts and a notification), each followed by ``j`` untimed so every coding key
lands on a fresh unit.

    python benchmarks/bench_tui.py [--words 50000] [--presses 50]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen

ROOT = Path(__file__).resolve().parent.parent


def make_project(folder: Path, words: int) -> tuple[Path, str]:
    from qualcode.demo import build_demo
    from qualcode.ingest import read_document

    source = read_document(ROOT / "corpora" / "demo" / "aby_01_socialsekreterare.txt").text
    chunks, count = [], 0
    while count < words:
        chunks.append(source)
        count += len(source.split())
    path = folder / "tui.db"
    project = build_demo(path)
    doc = project.import_text("long.txt", "\n\n".join(chunks), lang="sv")
    project.close()
    return path, doc.id


KEYS = ("j", "J", "1")


async def measure(path: Path, doc_id: str, presses: int) -> tuple[float, dict[str, list[float]]]:
    app = build_app(path, "karin", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        start = time.perf_counter()
        app.open_document(doc_id)
        await pilot.pause()
        while not isinstance(app.screen, CodingScreen):
            await pilot.pause()
        opened = time.perf_counter() - start
        times: dict[str, list[float]] = {key: [] for key in KEYS}
        for _ in range(presses):
            for key in KEYS:
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times[key].append(time.perf_counter() - start)
                if key != "j":
                    await pilot.press("j")
                    await pilot.pause()
    return opened, times


class Plain(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(self.text[:20000])


async def baseline(text: str, presses: int) -> list[float]:
    app = Plain(text)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        times = []
        for _ in range(presses):
            start = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--presses", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, doc_id = make_project(Path(tmp), args.words)
        with Project.open(path) as project:
            text = project.document(doc_id).text
        opened, presses = asyncio.run(measure(path, doc_id, args.presses))
        base = asyncio.run(baseline(text, args.presses))
    words = len(text.split())
    b = statistics.median(base)
    print(f"{words:,}-word transcript, 120x40, {args.presses} presses of each key (median)")
    print(f"  open the coding screen       {opened * 1000:8.1f} ms  (budget 1000)")
    print(f"  baseline: key press, Static  {b * 1000:8.1f} ms")
    for key, times in presses.items():
        p = statistics.median(times)
        print(
            f"  key {key} to repaint           {p * 1000:8.1f} ms  (max {max(times) * 1000:.1f});"
            f" own time {(p - b) * 1000:.1f} ms (budget 50)"
        )


if __name__ == "__main__":
    main()

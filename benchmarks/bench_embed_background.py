"""Does embedding every document in the background slow the TUI (issue 10.6)?

The demo project (15 interviews, none embedded) is opened headless with Pilot twice in one
run: with the semantic tier off (nothing queued: the baseline) and on (every document is
queued at start and embedded by the niced helper). Measured: start to the documents list
(median of ``--starts`` alternating starts, the helper stopped each time before it embeds
much), and the key press ``j`` to repaint on the coding screen of a demo
transcript, pressed while the queue embeds (on) or at any time (off). Reported as ratios
on/off from the same run, with the queue's words per second (wall) and the helper
processes' CPU seconds (``RUSAGE_CHILDREN`` after the app has closed them).

    python benchmarks/bench_embed_background.py [--presses 40] [--starts 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen


def make_project(folder: Path) -> Path:
    from qualcode.demo import build_demo

    os.environ["QUALCODE_SEMANTIC"] = "off"  # the demo itself embeds nothing
    path = folder / "demo.db"
    build_demo(path).close()
    return path


async def start_only(path: Path) -> float:
    """Start to the documents list shown, then close (the helper is stopped with the app)."""
    app = build_app(path, "karin", "en")
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, DocumentsScreen):
            await pilot.pause()
        shown = time.perf_counter() - started
        await pilot.pause(0.3)  # let the queue's worker start its helper
    return shown


async def measure(path: Path, presses: int) -> dict[str, float]:
    app = build_app(path, "karin", "en")
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, DocumentsScreen):
            await pilot.pause()
        shown = time.perf_counter() - started
        with Project.open(path) as project:
            doc_id = project.document("aby_02").id
        app.open_document(doc_id)
        while not isinstance(app.screen, CodingScreen):
            await pilot.pause()
        queued = time.perf_counter()
        times: list[float] = []
        for _ in range(presses):
            start = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            times.append(time.perf_counter() - start)
        busy_during = app.embed_queue.busy()
        while app.embed_queue.busy():
            await pilot.pause(0.5)
        embedded = time.perf_counter() - queued
    return {
        "start": shown,
        "press": statistics.median(times),
        "busy": float(busy_during),
        "wall": embedded,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = make_project(Path(tmp))
        on_path = Path(tmp) / "on.db"
        shutil.copy(base, on_path)
        with Project.open(base) as project:
            os.environ["QUALCODE_SEMANTIC"] = "on"
            words = project.act_as("karin").embedding_plan(coder="karin").words
        starts: dict[str, list[float]] = {"off": [], "on": []}
        for _ in range(args.starts):  # alternating, so that load on the machine hits both
            for tier in ("off", "on"):
                os.environ["QUALCODE_SEMANTIC"] = tier
                starts[tier].append(asyncio.run(start_only(base)))
        os.environ["QUALCODE_SEMANTIC"] = "off"
        off = asyncio.run(measure(base, args.presses))
        off["start"] = statistics.median(starts["off"])
        os.environ["QUALCODE_SEMANTIC"] = "on"
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        on = asyncio.run(measure(on_path, args.presses))
        on["start"] = statistics.median(starts["on"])
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        with Project.open(on_path) as project:
            left = project.act_as("karin").embedding_plan(coder="karin").words
    helper_cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (
        cpu_after.ru_stime - cpu_before.ru_stime
    )
    print(f"demo project, {words:,} words to embed (documents and the engine's own texts)")
    print(
        f"  start, median of {args.starts}        off {off['start'] * 1000:7.1f} ms   on "
        f"{on['start'] * 1000:7.1f} ms   ratio {on['start'] / off['start']:.2f}"
    )
    print(
        f"  key j to repaint (median)     off {off['press'] * 1000:7.1f} ms   on "
        f"{on['press'] * 1000:7.1f} ms   ratio {on['press'] / off['press']:.2f}"
        f"   (queue still embedding after the presses: {bool(on['busy'])})"
    )
    print(
        f"  queue: {words:,} words in {on['wall']:.0f} s wall ({words / on['wall']:.0f} "
        f"words/s), helper processes {helper_cpu:.0f} s CPU; left after: {left}"
    )


if __name__ == "__main__":
    main()

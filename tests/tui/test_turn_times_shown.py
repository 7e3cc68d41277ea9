"""A recorded interview's turn times on the coding screen: a .vtt's turns carry their cue
times, kept at import and in the codings export, but the screen showed none, so a coder could
not find the passage in the recording. Each timed turn's first row now ends in its time
(H:MM:SS, as the export writes it); a turn whose line already shows its stamp is not
stamped twice, and a document without times keeps its whole width for the text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.tui.widgets.transcript import GUTTER
from tests.tui.conftest import karins_coding_screen, screen_rows

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

CUES = [
    ("00:00:03.000", "00:00:09.000", "Lena", "Välkommen, berätta om din bakgrund."),
    ("00:14:32.000", "00:14:50.000", "Omar", "Jag har arbetat här i sex år nu."),
    ("01:02:05.000", "01:02:20.000", "Lena", "Hur ser arbetsbelastningen ut i dag?"),
]


def _vtt(tmp_path: Path) -> Path:
    body = "\n\n".join(f"{a} --> {b}\n<v {who}>{said}" for a, b, who, said in CUES)
    path = tmp_path / "intervju.vtt"
    path.write_text(f"WEBVTT\n\n{body}\n", encoding="utf-8")
    return path


def _rows(screen: object) -> list[str]:
    view = screen.transcript  # type: ignore[attr-defined]
    return [strip.text for strip in screen_rows(view)]


async def test_each_timed_turn_shows_where_it_begins(
    karins_text: Callable[..., Path], tmp_path: Path
) -> None:
    async with karins_coding_screen(karins_text(_vtt(tmp_path))) as (_pilot, _app, screen):
        rows = _rows(screen)
        width = screen.transcript.scrollable_content_region.width
        for time, said in (("0:00:03", CUES[0][3]), ("0:14:32", CUES[1][3])):
            row = next(row for row in rows if said[:20] in row)
            assert row.rstrip().endswith(time)  # before: no time anywhere on the screen
        assert any(row.rstrip().endswith("1:02:05") for row in rows)
        assert all(len(row) == width for row in rows)
        # the time stands apart from the text, and the text never runs under it
        first = next(row for row in rows if "Välkommen" in row)
        assert first.rstrip().removesuffix("0:00:03").endswith(" ")
        assert first.startswith(" " * (GUTTER - 1) + "│Lena: Välkommen")


async def test_a_stamp_in_the_text_is_not_drawn_twice(
    karins_text: Callable[..., Path],
) -> None:
    text = "[00:00:05] I: Hur började det?\n\n[00:00:09] R: Med en ny chef, faktiskt."
    async with karins_coding_screen(karins_text("stamped.txt", text)) as (_pilot, _app, screen):
        rows = _rows(screen)
        assert any("[00:00:05] I: Hur började det?" in row for row in rows)
        assert not any("0:00:05" in row.replace("00:00:05", "") for row in rows)

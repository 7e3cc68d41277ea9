"""The background embedding's line at 80 columns: "Preparing the codebook before document 1
of 15: 3 063 words done, 21 974 left, about 0:15 left" ran past the screen's edge and the
time left, its point, was cut off. A line too long for the screen is the short one.

What it says (eyes10's new coder could not tell what was prepared, for how long, and
whether to wait): that suggestions are being improved, the time left, and that coding goes
on meanwhile, in both lengths and languages."""

from __future__ import annotations

import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from qualcode.tui.app import build_app
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def _line(project_file: Path, lang: str, width: int, codebook: int) -> str:
    app = build_app(project_file, "karin", lang)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        queue = app.embed_queue
        queue.ask_plan()
        queue.next_plan()
        queue.add(codebook, [(f"d{i}", 1000) for i in range(15)])
        queue.take()
        # the first report an hour ago (a starved machine: hours left, the longest line),
        # not at the clock's zero: time.monotonic() counts from the machine's boot, so the
        # time left grew with its uptime and the line's form depended on the machine
        queue.progress(0, 21_974 + 3_063, now=time.monotonic() - 3600)
        queue.progress(3_063, 21_974 + 3_063)
        return app.embed_line()


async def test_a_long_line_keeps_the_time_left_at_80_columns(project_file: Path) -> None:
    """At 80 columns the short line said only the time left ("Improving suggestions, about
    4:20 left (codebook first)"): on a busy machine that figure rose and fell and nothing
    else moved, so the line looked stuck (eyes19). It says the words left too, which only
    ever go down."""
    for lang, start, left in (
        ("en", "Improving suggestions", " left"),
        ("sv", "Förbättrar förslagen", " kvar"),
    ):
        line = await _line(project_file, lang, 80, codebook=10_000)
        assert line.startswith(start) and len(line) <= 78, line
        # whichever form fits: the words left (35 974), then the time left (h:mm:ss) at the end
        said = re.search(rf"35\u202f974\D.*?(\d+:\d\d:\d\d){left}$", line)
        assert said is not None, line
    wide = await _line(project_file, "en", 120, codebook=10_000)
    # the codebook's own words left, then the run's and the time left: the codebook's
    # count moves with every report ("codebook, then document 1 of 16" stood for minutes
    # while only the time left beside it changed)
    assert wide.startswith(
        "Improving suggestions: codebook, 6\u202f937 words, then document 1 of 15; "
        "35\u202f974 to go, "
    ), wide
    assert wide.endswith(" left · keep coding") and len(wide) <= 118, wide
    swedish = await _line(project_file, "sv", 120, codebook=10_000)
    assert swedish.startswith(
        "Förbättrar förslagen: kodboken, 6\u202f937 ord, sedan dokument 1 av 15; "
        "35\u202f974 återstår, "
    ), swedish


async def test_the_time_left_grows_while_the_helper_is_starved(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line was drawn only on the helper's progress: on a busy machine the niced helper
    sent none for minutes and "about 0:10 left" stood still. It is redrawn every few
    seconds, so the time left follows the rate as it falls."""
    from qualcode.tui import embed_queue
    from qualcode.tui.embed_all import EmbedLine

    async with documents_screen(project_file, "karin", size=(100, 24)) as (_, app, _):
        queue = app.embed_queue
        queue.ask_plan()
        queue.next_plan()
        queue.add(0, [("d1", 2000)])
        queue.take()
        start = embed_queue.time.monotonic()
        queue.progress(0, 2000, now=start - 10)
        queue.progress(1000, 2000)  # 1000 words in 10 s: 1000 left, about 0:10
        line = app.screen.query_one(EmbedLine)
        line.show_line(app.embed_line())
        assert "0:10 left" in str(line.render())
        later = SimpleNamespace(monotonic=lambda: start + 90)  # this module's clock only
        monkeypatch.setattr(embed_queue, "time", later)
        line._redraw()  # what the interval does: nothing came from the helper meanwhile
        assert "1:40 left" in str(line.render())


async def test_the_line_before_any_time_left_fits_80_columns(project_file: Path) -> None:
    """Before the helper's first report there is no time left to say, and the short line
    with five-figure counts ("Improving suggestions: codebook first, 11 850 words, 19 734
    to go · keep coding") was 80 characters: the screen showed "… 19 734 to go · keep"
    (eyes44). Too long, it says the words to go alone, and that coding goes on."""
    for lang, start, end in (
        ("en", "Improving suggestions", "keep coding"),
        ("sv", "Förbättrar förslagen", "koda vidare"),
    ):
        app = build_app(project_file, "karin", lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            queue = app.embed_queue
            queue.ask_plan()
            queue.next_plan()
            queue.add(11_850, [(f"d{i}", 1000) for i in range(15)])
            queue.take()  # started, nothing reported yet: no time left
            line = app.embed_line()
        assert line.startswith(start) and line.endswith(end) and len(line) <= 78, line
        assert "26\u202f850" in line, line  # the words to go, which only ever go down

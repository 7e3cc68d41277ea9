"""`suggest DOC --embed` says, as it embeds, what it is reading (the engine's own texts
first, then the document), how many words are done and left, and the time left, within
80 columns: the bar showed a bare percentage for two minutes of a fresh project, most of it
the codebook and coded passages rather than the document asked about."""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.progress import Progress

from qualcode.cli.embed import SuggestLine, embedding_columns


def _shown(reports: list[tuple[int, int]]) -> str:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=80, color_system=None)
    with Progress(*embedding_columns(), console=console, auto_refresh=False) as bar:
        line = SuggestLine(bar, 18_423, "aby_05")
        for done, total in reports:
            line.progress(done, total)
            bar.refresh()
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue())  # the cursor's moves


def test_the_engines_texts_are_named_then_the_document() -> None:
    shown = _shown([(0, 19_512), (3_399, 19_512)])
    assert "embedding codebook, codings" in shown
    assert "3,399 words done, 16,113 left" in shown
    assert "aby_05" not in shown
    later = _shown([(19_071, 19_512)])
    assert "embedding aby_05" in later and "19,071 words done, 441 left" in later


def test_the_line_fits_80_columns_with_its_time_left() -> None:
    shown = _shown([(1_000, 19_512), (3_399, 19_512)])
    last = [line for line in shown.replace("\r", "\n").splitlines() if "3,399" in line][-1]
    assert len(last.rstrip()) <= 80
    assert re.search(r" \d+:\d\d:\d\d$", last.rstrip())  # the time left, shown whole

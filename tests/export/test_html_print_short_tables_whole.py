"""A short table of the web summary printed from the browser stays on one page with its
heading: printed, the demo's consensus summary broke "Efter kommun" after its first row
(Kommun C at a page's foot, Kommun A and B overleaf under the header again) and did so
twice, where the Word file keeps such a table whole (render44)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from tests.export.browser_kit import needs_print, printed_text

HEADER = {"sv": "Kodade ord", "en": "Coded words"}  # a column of every by-attribute table


@pytest.mark.slow
@needs_print
@pytest.mark.parametrize(("lang", "quotes"), [("sv", 3), ("sv", 4), ("en", 2), ("en", 3)])
def test_no_short_table_breaks_across_printed_pages(demo: Path, lang: str, quotes: int) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        page = project.export_summary(
            demo.with_name(f"s_{lang}.html"), layer="coder", lang=lang, quotes=quotes
        )
    html = page.read_text("utf-8")
    header = HEADER[lang]
    tables = len(re.findall(f"<th scope='col' class='n'>{header}</th>", html))
    assert tables >= 8
    printed = [line.strip() for line in printed_text(page).splitlines()]
    # a table broken across pages repeats its header row overleaf
    assert printed.count(header) == tables


def test_the_print_style_keeps_short_tables_whole(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        page = project.export_summary(demo.with_name("s.html"), layer="coder", lang="sv")
    html = page.read_text("utf-8")
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style is not None
    printed = style.group(1)[style.group(1).index("@media print") :]
    assert re.search(r"table\.short[^{}]*\{[^}]*break-inside:avoid", printed)
    assert "<div class='fit'><table class='short'>" in html

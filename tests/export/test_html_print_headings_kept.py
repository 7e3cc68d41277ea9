"""A web summary printed from the browser never ends a page on a heading: "Efter roll",
"Representativa citat" or "Metod" goes to the next page with what it heads. Printed, the
demo's consensus summary ended three pages on "Representativa citat", its quotes overleaf;
its coder-layer summary with four quotes a theme ended one on "Efter roll" and one on
"Interbedömarreliabilitet" (render43)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from tests.export.browser_kit import needs_print, printed_text

HEADINGS = {
    "sv": {
        "Efter kommun",
        "Efter roll",
        "Representativa citat",
        "Metod",
        "Interbedömarreliabilitet",
    },
    "en": {
        "By municipality",
        "By role",
        "Representative quotes",
        "Methods",
        "Intercoder agreement",
    },
}


def test_the_print_style_keeps_headings_with_what_follows(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        page = project.export_summary(demo.with_name("s.html"), layer="coder", lang="sv")
    style = re.search(r"<style>(.*?)</style>", page.read_text("utf-8"), re.S)
    assert style is not None
    printed = style.group(1)[style.group(1).index("@media print") :]
    assert re.search(r"h2[^{}]*\{[^}]*break-after:avoid", printed)
    assert re.search(r"h3[^{}]*\{[^}]*break-after:avoid", printed)
    assert re.search(r"blockquote[^{}]*\{[^}]*break-inside:avoid", printed)


# how a table's note begins, in each language: printed, it goes with the table above it
NOTES = {
    "sv": ("Antal deltagare som", "Kodningar per deltagare"),
    "en": ("Participants who voiced", "Codings per participant"),
}


def _first_lines(text: str) -> list[str]:
    """The first line of text on each page of a printed ``text``."""
    return [
        next((line.strip() for line in page.splitlines() if line.strip()), "")
        for page in text.split("\f")[:-1]
    ]


def _last_lines(text: str) -> list[str]:
    """The last line of text on each page of a printed ``text`` (pdftotext ends each page
    with a form feed)."""
    last = []
    for page in text.split("\f")[:-1]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        last.append(lines[-1] if lines else "")
    return last


@pytest.mark.slow
@needs_print
@pytest.mark.parametrize(("lang", "quotes"), [("sv", 4), ("en", 2), ("en", 4)])
def test_no_printed_page_ends_on_a_heading(demo: Path, lang: str, quotes: int) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        page = project.export_summary(
            demo.with_name(f"s_{lang}.html"), layer="coder", lang=lang, quotes=quotes
        )
    printed = printed_text(page)
    ends = _last_lines(printed)
    assert len(ends) > 5
    assert not [line for line in ends if line in HEADINGS[lang]], ends
    # nor begins on a table's note, the table it explains on the page before
    begins = _first_lines(printed)
    assert not [line for line in begins if line.startswith(NOTES[lang])], begins


def test_the_note_under_a_table_keeps_with_it_in_print(demo: Path) -> None:
    """Printed, the English summary of the demo (its places on the key, three cases
    reopened) ended its first page on "Participants who voiced the theme; n is ...", the
    table it explains overleaf. The note now stands under its table, as in the Word file
    (``Section.blocks``), and is marked to go with the table above it."""
    with Project.open(demo) as project:
        project.act_as("lena")
        page = project.export_summary(demo.with_name("s.html"), layer="coder", lang="en")
    html = page.read_text("utf-8")
    assert re.search(r"</table>(</div>)?<p class='note'>Participants who voiced the theme", html)
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style is not None
    printed = style.group(1)[style.group(1).index("@media print") :]
    assert re.search(r"\.note[^{}]*\{[^}]*break-before:avoid", printed)

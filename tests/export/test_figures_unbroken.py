"""Dates and spans of figures stay on one line in the exports: in a crowded appendix
LibreOffice set a decision's date as "2026-12-" over "02". The appendix's columns of words
give up the room, the date column keeps a date's width, and its hyphens are Word's
non-breaking ones (HTML: a no-wrap span). Checked on the files produced, and on the PDF
LibreOffice makes of the .docx where it is installed."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from qualcode import Project
from qualcode.export.docx_widths import PADDING, text_inches
from tests.export.libreoffice_kit import needs_libreoffice, set_text

pytestmark = pytest.mark.slow  # the demo project, summaries with charts, LibreOffice

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# long words the rationale column cannot wrap: the appendix needs more than a page's width
CROWDING = "verksamhetsuppföljningsdokumentationen ekonomistyrningsperspektivet"


@pytest.fixture
def crowded(demo: Path) -> Path:
    with Project.open(demo) as project:
        cases = [v.case for v in project.cases() if v.case.kind == "presence"]
        project.decide(cases[0].id, "reject", CROWDING, "lena", participants=["karin"])
        project.decide(cases[1].id, "union", "båda läsningarna håller", "lena")
        project.confirm_agreements("lena")
    return demo


def test_the_appendix_date_keeps_its_width_and_its_hyphens(crowded: Path, tmp_path: Path) -> None:
    with Project.open(crowded) as project:
        path = project.export_summary(tmp_path / "a.docx", lang="sv", appendix=True)
    table = docx.Document(str(path)).tables[-1]
    assert table.rows[0].cells[-1].text == "Datum"
    for row in table.rows[1:]:
        cell = row.cells[-1]
        assert DATE.fullmatch(cell.text)  # read back with its hyphens
        run = cell.paragraphs[0].runs[0]._r
        assert len(run.findall(qn("w:noBreakHyphen"))) == 2
        assert "-" not in "".join(t.text or "" for t in run.findall(qn("w:t")))
        size = cell.paragraphs[0].runs[0].font.size.pt
        assert cell.width.inches >= text_inches(cell.text, int(size), False) + PADDING - 0.01


def test_html_keeps_dates_and_spans_in_no_wrap_spans(crowded: Path, tmp_path: Path) -> None:
    with Project.open(crowded) as project:
        path = project.export_summary(tmp_path / "a.html", lang="en", appendix=True)
    page = path.read_text(encoding="utf-8")
    assert ".nb{white-space:nowrap}" in page
    dates = DATE.findall(page)
    assert dates and len(re.findall(r"<span class='nb'>\d{4}-\d{2}-\d{2}</span>", page)) == len(
        dates
    )
    assert re.search(r"\(<span class='nb'>\d+–\d+</span>\)", page)  # a passage's place


@needs_libreoffice
def test_libreoffice_sets_every_appendix_date_whole(crowded: Path, tmp_path: Path) -> None:
    with Project.open(crowded) as project:
        path = project.export_summary(tmp_path / "a.docx", lang="sv", appendix=True)
    appendix = set_text(path, layout=True).split("Bilaga")[-1]
    assert len(DATE.findall(appendix)) == 2  # the two decisions, each date on one line
    assert not re.search(r"\d{4}-\d{2}-?\s*$", appendix, re.MULTILINE)

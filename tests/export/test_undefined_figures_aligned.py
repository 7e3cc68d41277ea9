"""An agreement table's columns of figures stand alike where a code reads "undefined".

A code no coder applied (here one added to the demo's codebook after the coding) has no
alpha and no interval: its row reads "odefinierat". The columns holding that word were
set as text: in Word the alpha and interval columns stood on the left while the counts
and AC1 beside them were centred; in Markdown and on the page the segment alpha column
(text already, for the overall row's dash) stood on the left of its header (render46)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from qualcode import Project

pytestmark = pytest.mark.slow  # the demo project and its summary with agreement

COLUMNS = 8  # code, units, agreement, alpha, CI low, CI high, AC1, alpha (unitizing)


@pytest.fixture
def summarised(demo: Path, tmp_path: Path) -> dict[str, Path]:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.add_code("trust", {"sv": "Tillit", "en": "Trust"})
        return {
            suffix: project.export_summary(tmp_path / f"s.{suffix}", layer="coder", lang="sv")
            for suffix in ("md", "html", "docx")
        }


def test_markdown_sets_every_figure_column_right(summarised: dict[str, Path]) -> None:
    lines = summarised["md"].read_text("utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("| Tillit |"))
    assert "odefinierat" in lines[at]
    rule = next(line for line in reversed(lines[:at]) if line.startswith("| ---"))
    assert rule == "| --- |" + " ---: |" * (COLUMNS - 1)


def test_the_page_sets_every_figure_column_right(summarised: dict[str, Path]) -> None:
    page = summarised["html"].read_text("utf-8")
    row = re.search(r"<tr><td>Tillit</td>(.*?)</tr>", page)
    assert row is not None
    assert row[1].count("<td class='n'>") == COLUMNS - 1


def test_word_centres_every_figure_column(summarised: dict[str, Path]) -> None:
    tables = docx.Document(str(summarised["docx"])).tables
    table = next(t for t in tables if "AC1" in [c.text for c in t.rows[0].cells])
    row = next(r for r in table.rows if r.cells[0].text == "Tillit")
    assert [c.text for c in row.cells].count("odefinierat") == 4
    aligned = [c.paragraphs[0].alignment for c in row.cells[1:]]
    assert aligned == [WD_ALIGN_PARAGRAPH.CENTER] * (COLUMNS - 1)

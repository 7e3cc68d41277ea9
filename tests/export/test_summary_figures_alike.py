"""A summary's agreement figures read alike in every sheet and format: the whole value in
each cell, shown to three decimals (percent agreement to one).

The workbook showed every float as "0.0##", so one interval read 0.67 beside another's
0.806; the Markdown and Word tables printed two decimals (0.81) and the methods paragraph
"alpha 0.61 (CI 0.55 to 0.68)" beside "the pooled alpha of 0.614"."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document

from qualcode import Project

COEFFICIENTS = ("α", "CI low", "CI high", "AC1", "α (unitizing)")


def _exported(demo: Path, suffix: str) -> Path:
    with Project.open(demo) as project:
        project.act_as("lena")
        return project.export_summary(demo.parent / f"s{suffix}", layer="coder", lang="en")


def _sheet_rows(demo: Path) -> dict[str, dict[str, object]]:
    book = openpyxl.load_workbook(_exported(demo, ".xlsx"))
    sheet = book["Agreement"]
    header = [c.value for c in sheet[1]]
    rows: dict[str, dict[str, object]] = {}
    for cells in sheet.iter_rows(min_row=2):
        for name, cell in zip(header, cells, strict=True):
            if isinstance(cell.value, float):
                wanted = "0.0" if name == "Agreement (%)" else "0.000"
                assert cell.number_format == wanted, (name, cell.number_format)
        rows[str(cells[0].value)] = dict(zip(header, (c.value for c in cells), strict=True))
    return rows


def test_the_workbook_keeps_whole_values_in_one_format_the_others_print(demo: Path) -> None:
    rows = _sheet_rows(demo)
    overall = rows["Overall"]
    percent = overall["Agreement (%)"]
    assert isinstance(percent, float) and percent != round(percent, 1)  # kept whole
    text = _exported(demo, ".md").read_text(encoding="utf-8")
    for name, row in rows.items():
        shown = [f"{row[c]:.3f}" if isinstance(row[c], float) else "–" for c in COEFFICIENTS]
        line = f"| {name} | {row['Units']} | {row['Agreement (%)']:.1f} | " + " | ".join(shown)
        assert line in text, line
    alpha, low, high = (f"{overall[c]:.3f}" for c in ("α", "CI low", "CI high"))
    assert f"alpha (nominal) was {alpha} (95% percentile bootstrap CI {low} to {high};" in text
    assert f"the pooled alpha of {alpha}" in text


def test_the_word_table_prints_three_decimals(demo: Path) -> None:
    overall = _sheet_rows(demo)["Overall"]
    document = Document(str(_exported(demo, ".docx")))
    found = [
        [c.text for c in row.cells]
        for table in document.tables
        for row in table.rows
        if row.cells[0].text == "Overall"
    ]
    assert found and found[0][3] == f"{overall['α']:.3f}"

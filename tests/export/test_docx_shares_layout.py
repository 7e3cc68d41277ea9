"""The .docx summary's "Teman per kommun/roll" tables as a co-author reads them: a short
heading right over the table, the note on what is counted under it (render46), the themes
down the side where that fits (their long names as column headers were set in 7 pt, seven
lines deep), counts centred, and the columns of counts equally wide so their headers wrap
alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table
from docx.text.paragraph import Paragraph

from qualcode import Project


def _table_after(document: Any, heading: str) -> tuple[str, Any]:
    """The table right after ``heading`` and the note under it."""
    parts = list(document.iter_inner_content())
    at = next(i for i, p in enumerate(parts) if isinstance(p, Paragraph) and p.text == heading)
    table = parts[at + 1]
    assert isinstance(table, Table)
    return parts[at + 2].text, table


def test_themes_by_municipality_read_down_with_even_count_columns(
    demo: Path, tmp_path: Path
) -> None:
    with Project.open(demo) as project:
        path = project.export_summary(tmp_path / "s.docx", layer="coder", lang="sv")
        themes = [c.name("sv") for c in project.codebook()]
    document = docx.Document(str(path))
    note, table = _table_after(document, "Teman per kommun")
    assert note.startswith("Antal deltagare som tog upp temat; n är")
    header = [c.text for c in table.rows[0].cells]
    assert header[0] == "Tema" and all("(n=" in h for h in header[1:])
    assert [r.cells[0].text for r in table.rows[1:]] == themes
    widths = {round(c.width.inches, 2) for c in table.rows[0].cells[1:]}
    assert len(widths) == 1, widths  # the counts' columns are equally wide
    for row in table.rows[1:]:
        assert row.cells[0].paragraphs[0].alignment is None  # a theme's name: at the left
        for cell in row.cells[1:]:
            assert cell.text.isdigit()
            assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    size = table.rows[1].cells[1].paragraphs[0].runs[0].font.size.pt
    assert size == 9  # no longer crowded down to 7 pt


def test_seven_roles_keep_the_roles_down_the_side(demo: Path, tmp_path: Path) -> None:
    """Seven roles across a portrait page would break words sooner than four themes do:
    that table keeps its roles as rows."""
    with Project.open(demo) as project:
        path = project.export_summary(tmp_path / "s.docx", layer="coder", lang="en")
    note, table = _table_after(docx.Document(str(path)), "Themes by role")
    assert note.startswith("Participants who voiced the theme; n is")
    assert table.rows[0].cells[0].text == "Role"

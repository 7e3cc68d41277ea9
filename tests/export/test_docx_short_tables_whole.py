"""A short table in the .docx summary goes to the next page whole: every row but the last
keeps with the next. Broken after its first row at the foot of a page, LibreOffice (7.4)
showed the agreement table's first code and nothing more: the other codes and the overall
row were gone from its PDF (eyes14, a consensus summary of three coders). A table longer
than a page of rows is left free to break. A table's last row keeps with the next only
where its note or its chart stands under it (render46)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from qualcode import Project
from qualcode.export.render_docx import KEEP_WHOLE

pytestmark = pytest.mark.slow  # renders a whole summary of the demo


def _keeps(row: docx.table._Row) -> bool:
    return all(
        bool(p.paragraph_format.keep_with_next) for cell in row.cells for p in cell.paragraphs
    )


def _noted(table: docx.table.Table) -> bool:
    """Whether words or a chart stand right under ``table`` (not the blank line after it)."""
    after = table._tbl.getnext()
    words = "".join(t.text or "" for t in after.iter(qn("w:t")))
    return bool(words or after.findall(f".//{qn('w:drawing')}"))


def test_short_tables_keep_together_and_long_ones_may_break(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        path = project.export_summary(tmp_path / "s.docx", layer="coder", lang="en")
    tables = docx.Document(str(path)).tables
    short = [t for t in tables if len(t.rows) - 1 <= KEEP_WHOLE]
    agreement = next(t for t in tables if t.rows[-1].cells[0].text == "Overall")
    assert agreement in short
    noted = {id(table._tbl) for table in tables if _noted(table)}
    assert id(agreement._tbl) not in noted
    for table in short:
        assert all(_keeps(row) for row in table.rows[:-1])
        # the paragraph after the table is free to go, unless it is the table's note
        assert _keeps(table.rows[-1]) == (id(table._tbl) in noted)
    for table in tables:
        if table not in short:
            assert not any(_keeps(row) for row in table.rows[:-1])

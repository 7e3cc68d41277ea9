"""Merged table cells in a .docx (red team, round 5): python-docx's ``row.cells`` gives a
cell once for every column it spans (``w:gridSpan``) and again for every row it runs down
(``w:vMerge``). The reader joined those, so a merged cell's text came into the transcript
twice (a sentence coded twice, counted twice by agreement), and a 37 KB file whose one cell
spans fifty million columns kept `qualcode import` busy past five minutes, every limit on
the archive having passed. Each cell is now read once, where it is in the file.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from qualcode import Project
from qualcode.ingest.formats import read_docx
from tests.hostile.hostile_kit import CPU_SECONDS, qualcode


def test_a_merged_cell_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("IP: Planen.")
    table = document.add_table(rows=3, cols=3)
    for row in range(3):
        for col in range(3):
            table.cell(row, col).text = f"r{row}c{col}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across two columns
    table.cell(1, 2).merge(table.cell(2, 2))  # down two rows
    document.save(tmp_path / "merged.docx")
    text = read_docx(tmp_path / "merged.docx")
    for piece in ("r0c0", "r0c1", "r1c2", "r2c2"):
        assert text.count(piece) == 1, text
    assert text.split("\n\n")[1:] == ["r0c0\nr0c1\tr0c2", "r1c0\tr1c1\tr1c2\nr2c2", "r2c0\tr2c1\t"]


def test_a_cell_spanning_fifty_million_columns_imports_at_once(tmp_path: Path) -> None:
    """As its own process, cut off by the kit's timeout: before, it ran for minutes."""
    document = docx.Document()
    document.add_paragraph("IP: Hej.")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Åtgärd som ska göras"
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), "50000000")
    cell._tc.get_or_add_tcPr().append(span)
    document.save(tmp_path / "span.docx")
    project = tmp_path / "p.db"
    Project.create(project).close()
    got = qualcode(project, "import", str(tmp_path / "span.docx"))
    assert got.status == 0, got.stderr[-2000:]
    assert got.cpu < CPU_SECONDS
    with Project.open(project) as opened:
        (doc,) = opened.documents()
        assert opened.store.documents.get(doc.id).text.count("Åtgärd som ska göras") == 1

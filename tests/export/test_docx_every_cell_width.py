"""Every cell of a Word summary's tables carries its column's width, in every row: Word
reads the cells' widths, LibreOffice the grid's. The cells are now given their widths
from the rows as they are made (asking the table for a column's cells walked the whole
table once per column), so a row left out would be a cell Word sets as it pleases."""

from __future__ import annotations

from pathlib import Path

import docx

from qualcode import Project


def test_every_cell_has_its_columns_width(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        path = project.export_summary(tmp_path / "s.docx", layer="coder", lang="sv")
    tables = docx.Document(str(path)).tables
    assert len(tables) >= 5  # the material, the matrix, the shares, each theme's
    for table in tables:
        grid = [column.width for column in table.columns]
        assert all(grid)
        rows = [[cell.width for cell in row.cells] for row in table.rows]
        assert len(rows) >= 2  # the header and a row at least
        assert all(widths == grid for widths in rows)

"""A lead's documents list says how many coders finished each document (eyes38). Her own
"to do" and "0 codings" on every row, the only columns, said nothing of the team: which
interviews were ready to reconcile she learned only by opening the reconcile screen. A
coder's list, under blind coding, says nothing of her colleagues."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.tui.app import build_app
from qualcode.tui.screens.documents import DocumentsScreen


def _team(path: Path) -> None:
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("johan")
        project.act_as("karin")
        project.set_status(project.documents()[0].id, "karin", "done")


async def _headers_and_row(path: Path, who: str) -> tuple[list[str], list[str]]:
    app = build_app(path, who, "en")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DocumentsScreen)
        table: Any = screen.query_one("DataTable")
        headers = [str(c.label) for c in table.columns.values()]
        return headers, [str(cell) for cell in table.get_row_at(0)]


async def test_a_lead_sees_how_many_coders_finished(project_file: Path) -> None:
    _team(project_file)
    headers, row = await _headers_and_row(project_file, "lena")
    assert row[headers.index("Coders done")] == "1/2"


async def test_a_coder_sees_nothing_of_the_team(project_file: Path) -> None:
    _team(project_file)
    headers, _row = await _headers_and_row(project_file, "karin")
    assert "Coders done" not in headers
    with Project.open(project_file) as project:
        project.act_as("karin")
        with pytest.raises(QualcodeError, match="lead"):
            project.coders_done()

"""The TUI on a project it can read but not write (read-only media, a share's
permissions): remembering who this login is wrote to the file as the app started, so the
app stopped at once ('read-only; nothing written') on a project every CLI listing still
read. The project now opens, lists its documents, and a write is refused in the toast
(red team 3). The file lies on a read-only tmpfs, so root's permission bypass does not
apply; skipped where mounting is not allowed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.documents import DocumentsScreen
from tests.conftest import team_project
from tests.hostile.disk_kit import read_only_tmpfs
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


@pytest.fixture
def read_only_project(tmp_path: Path) -> Iterator[Path]:
    def fill(disk: Path) -> None:
        team_project(disk / "study.db")[0].close()

    for disk in read_only_tmpfs(tmp_path / "media", "4m", fill):
        yield disk / "study.db"


async def test_the_tui_opens_a_project_it_cannot_write(read_only_project: Path) -> None:
    async with documents_screen(read_only_project, "karin", size=(120, 40)) as (_, app, _):
        assert app.fatal is None, app.fatal
        assert isinstance(app.screen, DocumentsScreen)
    app.project.close()
    with Project.open(read_only_project) as project:
        assert project.remembered_coder("nobody-here") is None
        assert [d.name for d in project.documents()] == ["ip1.txt"]

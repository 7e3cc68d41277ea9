"""The reports screen's m (the memos) tells the lead how many memos print a name off the
pseudonym key as written (Project.memos_off_key), as `qualcode export memos` does; the
file is written all the same, with what the key covers."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from qualcode.tui.app import build_app
from tests.tui.conftest import open_reports, settle

pytestmark = pytest.mark.slow

INTERVIEW = "Interviewer: How did it look when you came?\nSofia: Quite bad, to be honest.\n"


async def test_the_memos_export_counts_the_memos_naming_someone_off_the_key(
    tmp_path: Path,
) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("sara", role="lead")
        doc = project.import_text("ekstad_01.txt", INTERVIEW, lang="en").id
        project.add_memo("document", doc, "sara", "Met Anna Berg at the unit afterwards.")
    app = build_app(path, "sara", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reports(app, pilot)
        await pilot.press("m")
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "m.docx")
        await pilot.press("enter")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
    line = "1 memo(s) hold names not on the pseudonym key, printed as written"
    assert any(m.startswith(line) for m in said), said
    assert (tmp_path / "m.docx").is_file()

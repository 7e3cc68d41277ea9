"""The reports screen's m (the memos) tells the lead how many memos print a name off the
pseudonym key as written (Project.memos_off_key), as `qualcode export memos` does; the
file is written all the same, with what the key covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import export_to, reports_screen

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
    async with reports_screen(path, "sara", "en") as (pilot, app, _):
        said = await export_to(app, pilot, "m", tmp_path / "m.docx")
    line = "1 memo(s) hold names not on the pseudonym key, printed as written"
    assert any(m.startswith(line) for m in said), said
    assert (tmp_path / "m.docx").is_file()

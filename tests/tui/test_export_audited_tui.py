"""An export from the reports screen is in the audit log as one from the command line is
(the screen asks the same service): a blind coder's codings table is recorded as hers."""

from __future__ import annotations

from pathlib import Path

from qualcode.project import Project
from tests.tui.conftest import export_to, reports_screen, wrote


async def test_a_coders_export_from_the_reports_screen_is_recorded(
    demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "karin.csv"
    async with reports_screen(demo, "karin", "en") as (pilot, app, _):
        said = await export_to(app, pilot, "c", target)
    assert wrote(said, target), said
    with Project.open(demo) as project:
        project.act_as("lena")
        (entry,) = project.audit("export", viewer="lena")
    assert (entry.actor, entry.action) == ("karin", "export.codings")
    assert entry.payload["file"] == "karin.csv" and entry.payload["coders"] == ["karin"]

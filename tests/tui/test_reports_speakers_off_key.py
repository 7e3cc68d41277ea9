"""The reports screen's x (a .qdpx) tells the lead which speaker labels its transcripts
print as written (a73df48, Project.speakers_off_key): the CLI's note was tested, the
screen's was not. A summary prints no turns, so it names no speaker label."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import export_to, notifications, reports_screen, settle

pytestmark = pytest.mark.slow

INTERVIEW = (
    "Intervjuare: Hur såg det ut när du kom hit?\n"
    "Mats: Det var ganska illa. Sjukfrånvaron var hög.\n"
    "Intervjuare: Och nu?\n"
    "Mats: Nu är den nere på sex procent.\n"
)


async def test_the_qdpx_export_names_the_labels_off_the_key(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("sara", role="lead")
        project.import_text("ekstad_01.txt", INTERVIEW, lang="sv")
    said: dict[str, list[str]] = {}
    async with reports_screen(path, "sara", "en") as (pilot, app, _):
        for key, name in (("s", "s.docx"), ("x", "p.qdpx")):
            await export_to(app, pilot, key, tmp_path / name)
            if key == "s":  # no codings: the TUI asks whether to write it anyway
                await pilot.press("y")
                await settle(app, pilot)
            said[key] = notifications(app)
            app.clear_notifications()
    labels = "Speaker labels not on the pseudonym key, printed as written in the .qdpx's"
    assert any(m.startswith(labels) and "Mats" in m for m in said["x"]), said["x"]
    assert not any(m.startswith(labels) for m in said["s"]), said["s"]
    assert (tmp_path / "p.qdpx").is_file()

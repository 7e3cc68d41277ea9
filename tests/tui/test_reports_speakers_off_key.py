"""The reports screen's x (a .qdpx) tells the lead which speaker labels its transcripts
print as written (a73df48, Project.speakers_off_key): the CLI's note was tested, the
screen's was not. A summary prints no turns, so it names no speaker label."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from qualcode.tui.app import build_app
from tests.tui.conftest import open_reports, settle

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
    app = build_app(path, "sara", "en")
    said: dict[str, list[str]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reports(app, pilot)
        for key, name in (("s", "s.docx"), ("x", "p.qdpx")):
            await pilot.press(key)
            app.screen.query_one("#export-path", Input).value = str(tmp_path / name)
            await pilot.press("enter")
            await settle(app, pilot)
            if key == "s":  # no codings: the TUI asks whether to write it anyway
                await pilot.press("y")
                await settle(app, pilot)
            said[key] = [n.message for n in app._notifications]
            app.clear_notifications()
    labels = "Speaker labels not on the pseudonym key, printed as written in the .qdpx's"
    assert any(m.startswith(labels) and "Mats" in m for m in said["x"]), said["x"]
    assert not any(m.startswith(labels) for m in said["s"]), said["s"]
    assert (tmp_path / "p.qdpx").is_file()

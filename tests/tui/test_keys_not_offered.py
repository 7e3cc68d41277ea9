"""A new coder's `?` on the documents screen listed "R Reconcile", which her footer had
stopped offering (reconciling is the lead's; pressing R only says so). The keys panel
leaves out what the screen does not offer her; a lead's still lists it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.keys_help import KeysScreen


async def test_the_keys_panel_lists_r_for_a_lead_only(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    for who, offered in (("karin", False), ("lena", True)):
        monkeypatch.setenv("QUALCODE_CODER", who)
        app = build_app(project_file, who, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            panel = app.screen
            assert isinstance(panel, KeysScreen)
            listed = {what for _section, _keys, what in panel.rows}
            assert ("Reconcile" in listed) is offered, who
            assert "Open" in listed and "Switch coder" in listed

"""A coder's `?` on the documents screen listed X (remove) and U (restore), the themes
screen's footer offered her a, g, t and m, and the passages screen's footer o (another
coder): each only said, when pressed, that it was the lead's (eyes19, three coders and a
lead at 80x24). A coder's footer and keys panel leave the lead's keys out; a lead's keep
them, and the keys still answer a coder with whose they are. (R Reconcile, the first such
key left out of a coder's `?` (eyes5), is the documents screen's case here.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.keys_help import KeysScreen
from tests.tui.conftest import documents_screen, notifications

LEAD_ONLY = {
    "D": {"Remove", "Restore", "Reconcile"},  # the documents screen
    "T": {"Accept", "Theme", "New theme", "Merge"},  # the themes
    "v": {"Coder", "Layer", "Exemplar"},  # the passages of a code
}


@pytest.mark.slow
@pytest.mark.parametrize("screen_key", ["D", "T", "v"])
async def test_a_coder_is_not_offered_the_leads_keys(
    project_file: Path, monkeypatch: pytest.MonkeyPatch, screen_key: str
) -> None:
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    for who, lead in (("karin", False), ("lena", True)):
        monkeypatch.setenv("QUALCODE_CODER", who)
        app = build_app(project_file, who, "en")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            if screen_key != "D":
                await pilot.press(screen_key)
                await pilot.pause()
            shown = {
                b.binding.description for b in app.screen.active_bindings.values() if b.binding.show
            }
            await pilot.press("question_mark")
            await pilot.pause()
            panel = app.screen
            assert isinstance(panel, KeysScreen)
            listed = {what for _section, _keys, what in panel.rows}
            if lead:
                assert LEAD_ONLY[screen_key] <= listed, (who, listed)
            else:
                assert not LEAD_ONLY[screen_key] & listed, (who, listed)
                assert not LEAD_ONLY[screen_key] & shown, (who, shown)
            assert "Back" in listed or "Open" in listed  # the screen's own keys stay
            if screen_key == "D":  # everyone's keys stay on the documents list; w, who
                # codes, for whoever may switch: a coder is refused every other name (eyes42)
                assert "Open" in listed and ("Switch coder" in listed) is lead, (who, listed)


@pytest.mark.slow
async def test_a_coders_passages_line_names_only_her_keys(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with documents_screen(project_file, "karin") as (pilot, app, _):
        await pilot.press("v")
        await pilot.pause()
        line = str(app.screen.query_one("#retrieve-filter").render())
        assert "f filter" in line and "o coder" not in line and "e exemplar" not in line
        await pilot.press("o")  # pressed anyway: it says whose it is
        await pilot.pause()
        assert any("lead" in n for n in notifications(app))

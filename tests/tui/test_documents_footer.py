"""The documents screen offers R (reconcile) in its footer to a lead only.

A coder saw "R Stäm av" and pressing it only said that reconciling is the lead's; the key
still says so, but a coder's footer no longer offers it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _footer_ids(app: object) -> set[str]:
    screen = app.screen  # type: ignore[attr-defined]
    return {
        b.id
        for items in screen._bindings.key_to_bindings.values()
        for b in items
        if b.id and b.show
    }


async def test_reconcile_is_offered_to_the_lead_and_not_to_a_coder(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qualcode.tui.app import build_app

    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    for who, offered in (("karin", False), ("lena", True)):
        monkeypatch.setenv("QUALCODE_CODER", who)  # each opens the file as themselves
        app = build_app(project_file, who, "sv")
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert ("documents.reconcile" in _footer_ids(app)) is offered, who
            if not offered:
                await pilot.press("R")  # the key still answers, with the reason
                await pilot.pause()
                said = notifications(app)
                assert any("ledare" in m for m in said), said


async def test_enter_open_is_offered_in_the_footer_and_the_keys_panel(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new coder read the footer and `?` for how to open a transcript and found no key:
    the list's own Enter hid the screen's "Open"."""
    from qualcode.tui.screens.coding import CodingScreen
    from qualcode.tui.screens.keys_help import KeysScreen

    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with documents_screen(project_file, "karin", "sv", size=(80, 24)) as (pilot, app, _):
        shown = [k.description for k in app.screen.query("FooterKey")]  # what is drawn
        assert shown[0] == "Öppna", shown  # first, in the interface language
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, KeysScreen)
        assert panel.rows[0][1:] == ("⏎", "Öppna"), panel.rows[:3]
        assert panel.rows[0][0] == panel.t("keys_screen")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # and Enter still opens the document
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)

"""A coder writes the theme summary of her own codings from the reports screen, as
`qualcode export summary` writes it for her (eyes31: the TUI's s said it was the lead's, so
a coder wanting her own themes for a draft had to leave for the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode.tui.app import build_app
from tests.tui.conftest import open_reports, settle


@pytest.mark.slow
async def test_a_coder_writes_the_summary_of_her_own_codings(demo: Path, tmp_path: Path) -> None:
    app = build_app(demo, "karin", "en")
    target = tmp_path / "karin.md"
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reports(app, pilot)
        await pilot.press("s")
        prompt = app.screen.query_one("#export-path", Input)
        assert prompt.display and "karin" in str(prompt.border_title)
        prompt.value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
    assert f"Wrote {target}" in said, said
    text = target.read_text(encoding="utf-8")
    assert "Layer: coder karin" in text
    assert "Intercoder agreement" not in text  # the team's agreement is the lead's

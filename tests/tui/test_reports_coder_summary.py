"""A coder writes the theme summary of her own codings from the reports screen, as
`qualcode export summary` writes it for her (eyes31: the TUI's s said it was the lead's, so
a coder wanting her own themes for a draft had to leave for the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import export_prompt, reports_screen, write_to, wrote


@pytest.mark.slow
async def test_a_coder_writes_the_summary_of_her_own_codings(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "karin.md"
    async with reports_screen(demo, "karin", "en") as (pilot, app, _):
        prompt = await export_prompt(app, pilot, "s")
        assert prompt.display and "karin" in str(prompt.border_title)
        said = await write_to(app, pilot, prompt, target)
    assert wrote(said, target), said
    text = target.read_text(encoding="utf-8")
    assert "Layer: coder karin" in text
    assert "Intercoder agreement" not in text  # the team's agreement is the lead's

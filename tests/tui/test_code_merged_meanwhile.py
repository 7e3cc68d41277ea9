"""A code the lead merges while a coder's coding screen is open (red team 19).

The coding screen keeps the codebook it opened with (shortcuts, sidebar, margin labels).
When a lead merged 'integration' into 'mission_dialogue' from her own window, the coder
pressing 2 was told "unknown code 'integration'", and again at every press, while the
sidebar still listed it, until she left the document. Now the refusal reloads the
screen's codebook and says that it changed meanwhile.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app to the coding screen


async def test_a_code_merged_meanwhile_reloads_the_codebook(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    with Project.open(project_file) as p:
        p.add_coder("lena", role="lead")
    async with karins_coding_screen(project_file, size=(120, 35)) as (pilot, app, screen):
        assert "integration" in {c.key for c in screen.code_list}
        with Project.open(project_file) as lead:
            lead.act_as("lena", "lena").merge_codes("integration", "mission_dialogue", "lena")
        await pilot.press("j", "2")
        await pilot.pause()
        notes = notifications(app)
        assert any(
            "unknown code 'integration'" in n and "The codebook changed meanwhile" in n
            for n in notes
        ), notes
        assert "integration" not in {c.key for c in screen.code_list}
        assert not [c for c in screen.my_codings if c.code == "integration"]

"""In vivo coding: `p` offers the selected words as the new code's name (selected, so that
typing replaces them, as before), as NVivo and MAXQDA name a code from the speaker's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project import in_vivo_name
from tests.tui.conftest import karins_coding_screen


@pytest.mark.parametrize(
    ("selected", "name"),
    [
        ("Ärendemängden var för hög.", "Ärendemängden var för hög"),
        ("  ”vi fick\nbara göra”  ", "vi fick bara göra"),
        ("", ""),
        (
            "Ja, alltså, förr kom allt uppifrån och politikerna bestämde vad vi skulle "
            "göra varje år",
            "Ja, alltså, förr kom allt uppifrån och politikerna bestämde",
        ),
    ],
)
def test_the_selected_words_become_a_name(selected: str, name: str) -> None:
    assert in_vivo_name(selected) == name
    assert len(in_vivo_name(selected)) <= 60


@pytest.mark.slow
async def test_enter_proposes_the_selected_words_as_the_code(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _, screen):
        start, end = screen.transcript.selection
        offered = in_vivo_name(screen.doc.text[start:end])
        assert offered
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        with Project.open(project_file) as check:
            check.act_as("karin")
            (coding,) = check.codings()
            names = {c.key: c.name("sv") for c in check.codebook()}
        assert (coding.start, coding.end) == (start, end)
        assert names[coding.code] == offered

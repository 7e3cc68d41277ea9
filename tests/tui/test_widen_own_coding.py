"""Coding a wider passage with a code one has on a sentence inside it gives one coding, and
`u` brings the sentence's back (eyes6: karin had 'integrering (3)' for two passages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _karins(path: Path) -> list[tuple[int, int, str]]:
    with Project.open(path) as check:
        return [(c.start, c.end, c.code) for c in check.codings(coder="karin")]


async def test_a_wider_selection_takes_the_place_of_ones_own_coding(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _, screen):
        await pilot.press("j", "j")  # the answer's first sentence
        sentence = screen.transcript.selection
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("J")  # and the next
        wider = screen.transcript.selection
        await pilot.press("1")
        await pilot.pause()
        assert _karins(project_file) == [(*wider, "mission_dialogue")]
        await pilot.press("1")  # inside it: coded already, nothing written
        await pilot.pause()
        assert _karins(project_file) == [(*wider, "mission_dialogue")]
        await pilot.press("u")
        await pilot.pause()
        assert _karins(project_file) == [(*sentence, "mission_dialogue")]
        await pilot.press("U")
        await pilot.pause()
        assert _karins(project_file) == [(*wider, "mission_dialogue")]

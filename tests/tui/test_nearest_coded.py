"""A suggestion whose nearest passage is one the coder coded herself shows that passage as
its evidence. Blind coding blanked every coded passage from a coder's suggestions (from
when one engine learned from the whole team), so a suggestion from her own engine, fitted
on her codings alone, showed a score and no reason at all: "0,50 (likhet med kodboken +
inlärd modell)" beside a sentence she could not see why it was proposed for."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.pending_kit import suggestion_row, write_pending
from tests.tui.conftest import karins_coding_screen

MINE = "Vi pratade med nämnden om vad som var möjligt med resurserna."


def _suggest(path: Path, learned_from: str) -> None:
    """One pending suggestion on the first unit, its nearest a coded passage."""
    with Project.open(path) as project:
        doc = project.documents()[0]
        unit = project.units(doc.id)[0]
        code_id = next(c.id for c in project.codebook() if c.key == "mission_dialogue")
        evidence = {"learned_from": learned_from, "nearest": MINE, "nearest_kind": "coded"}
        row = suggestion_row(
            doc.id,
            unit.start,
            unit.end,
            code_id,
            score=0.5,
            method="similarity+learned",
            evidence=evidence,
        )
        write_pending(project, doc.id, [row])


def test_her_own_engines_nearest_passage_is_hers_to_read(project_file: Path) -> None:
    _suggest(project_file, "karin")
    with Project.open(project_file) as project:
        project.act_as("karin")
        [shown] = project.suggestions()
        assert shown.evidence["nearest"] == MINE


def test_a_colleagues_coded_passage_stays_hidden(project_file: Path) -> None:
    """Decided in her name but made by another engine (johan's): the passage johan coded
    is not hers to read."""
    with Project.open(project_file) as project:
        project.add_coder("johan")
    _suggest(project_file, "johan")
    with Project.open(project_file) as project:  # the file's owner, as sqlite3 would
        [pending] = project.store.suggestions.list(None, "pending")
        karin = project.store.coders.by_name("karin")
        with project.store.transaction():
            project.store.suggestions.decide(pending.id, "rejected", karin.id)
    with Project.open(project_file) as project:
        project.act_as("karin")
        [shown] = project.suggestions(status=None)
        assert shown.evidence.get("nearest") is None


@pytest.mark.slow
async def test_the_sidebar_quotes_it_as_a_coded_passage(project_file: Path) -> None:
    _suggest(project_file, "karin")
    async with karins_coding_screen(project_file, (120, 40), "sv") as (pilot, _, screen):
        await pilot.pause()
        details = screen.query_one("#details").markup
        assert "nämnden om vad som var möjligt" in details, details
        assert "ett stycke kodat med den här koden" in details

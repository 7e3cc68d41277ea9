"""The note after `a` and `r` on a narrow screen (80x24) with the demo's turning points,
whose names run to seventy characters: each note named the code whole and came under the
one before, until a column of six-line notes covered the sidebar. Now one note replaces
the last, naming the code from the word that tells it apart, as the codebook pane lists it
and as every other note names it (minor46: it said "långsiktighet …" here and "kortsiktighet
till långsiktighet …" after `u`, one code under two names)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from tests.pending_kit import suggestion_row, write_pending
from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _pending(path: Path, keys: list[str]) -> None:
    """karin's pending suggestions on the first document's first interviewee sentences."""
    with Project.open(path) as project:
        project.act_as("karin")
        doc = project.documents()[0]
        units = project.units(doc.id)[4 : 4 + len(keys)]
        ids = {c.key: c.id for c in project.codebook()}
        for unit, key in zip(units, keys, strict=True):
            row = suggestion_row(
                doc.id, unit.start, unit.end, ids[key], evidence={"learned_from": "karin"}
            )
            write_pending(project, doc.id, [row], learned_from="karin")


async def test_one_short_note_after_each_decision(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    _pending(path, ["integration", "systems_perspective", "long_term_economics"])
    async with karins_coding_screen(path, ui_lang="sv") as (pilot, app, _):
        await pilot.press("n", "a")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        notes = notifications(app)  # type: ignore[attr-defined]
    assert len(notes) == 1, notes
    tail = "kortsiktighet till långsiktighet i den ekonomiska styrningen"
    # as the pane lists it; at 80x24 cut after whole words to three lines (tui48)
    shown = notes[0].split("\n")[0].removeprefix("Godtaget som ")
    assert shown != notes[0] and tail.startswith(shown.removesuffix("…").rstrip()), notes
    assert len(shown.split()) >= 3, notes  # "kortsiktighet till långsiktighet" at least
    assert "Från" not in notes[0]  # the words every turning point shares are left out

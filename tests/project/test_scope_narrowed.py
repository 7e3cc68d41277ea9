"""A coder who joins late and finishes one document shrinks the team's default scope (the
documents every counted coder finished) to that one. The lead's agreement went from three
documents to one without a word of why; the scope now names who narrows it and how many
documents would count without her."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import MISSION_TEXT, team_project


def _study(path: Path, sara_done: int) -> None:
    project, first = team_project(path)
    with project:
        docs = [first] + [
            project.import_text(f"ip{i}.txt", f"{MISSION_TEXT}R: Intervju {i}.\n", lang="sv").id
            for i in (2, 3)
        ]
        project.add_coder("sara")
        for coder, finished in (("karin", docs), ("johan", docs), ("sara", docs[:sara_done])):
            project.act_as(coder)
            for doc in finished:
                unit = project.units(doc)[0]
                project.add_coding(doc, unit.start, unit.end, "mission", coder)
                project.set_status(doc, coder, "done")


def test_the_scope_names_the_coder_who_narrows_it(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path, sara_done=1)
    with Project.open(path) as project:
        project.act_as("lena")
        scope = project.team_scope()
        assert scope.coders == ("johan", "karin", "sara") and len(scope.documents) == 1
        assert scope.describe() == (
            "3 coders (johan, karin, sara), 1 of 3 documents (finished by every counted "
            "coder; without sara, who finished 1, 3 would count)"
        )
        chosen = project.team_scope(["karin", "johan", "sara"])
        assert chosen.narrowed_by is None and "without" not in chosen.describe()
        report = project.agreement(bootstrap=0)
        assert report.scope == scope.describe() and report.narrowed_by == ("sara", 1, 3)
    got = CliRunner().invoke(app, ["-p", str(path), "agree"], env={"QUALCODE_CODER": "lena"})
    assert got.exit_code == 0, got.output
    assert "without sara, who finished 1, 3 would count" in got.output


def test_no_note_when_nobody_narrows_it_much(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path, sara_done=3)
    with Project.open(path) as project:
        project.act_as("lena")
        scope = project.team_scope()
    assert len(scope.documents) == 3 and scope.narrowed_by is None
    assert scope.describe().endswith("(finished by every counted coder)")


@pytest.mark.slow
async def test_the_lead_s_reports_screen_says_it_too(tmp_path: Path) -> None:
    """The agreement tab's "Counted" line, in the interface's language."""
    from textual.widgets import Static

    from qualcode.tui.app import build_app
    from qualcode.tui.screens.reports import ReportsScreen

    path = tmp_path / "p.db"
    _study(path, sara_done=1)
    for lang, said in (
        ("en", "1 of 3 documents; without sara, who finished 1, 3 would count"),
        ("sv", "1 av 3 dokument; utan sara, som har gjort klart 1, skulle 3 räknas"),
    ):
        app = build_app(path, "lena", lang)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.press("P")
            await pilot.pause()
            assert isinstance(app.screen, ReportsScreen)
            await pilot.press("a")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            methods = str(app.screen.query_one("#methods", Static).render())
            assert said in methods.replace("\n", " "), methods


@pytest.mark.slow
async def test_the_reconcile_screen_says_it_in_short(tmp_path: Path) -> None:
    from qualcode.tui.app import build_app
    from qualcode.tui.screens.reconcile import ReconcileScreen

    path = tmp_path / "p.db"
    _study(path, sara_done=1)
    app = build_app(path, "lena", "sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ReconcileScreen)
        assert app.screen.scope == "3 kodare, 1 av 3 dokument (utan sara: 3)"

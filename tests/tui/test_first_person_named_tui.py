"""The TUI opened with a name (``$QUALCODE_CODER``, ``--coder``) on a project that holds
nobody yet takes that person in as its lead, as its first question does for a typed name
and as the CLI does (``Project.join_first``): it said "unknown coder" before any screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError


def test_the_named_person_leads_a_new_project(tmp_path: Path) -> None:
    from qualcode.tui.app import build_app

    path = tmp_path / "p.db"
    Project.create(path).close()
    app = build_app(path, "nina", "en")
    try:
        assert app.coder == "nina"
        assert app.project.acting is not None and app.project.acting.role == "lead"
    finally:
        app.project.close()
    with Project.open(path) as project:
        assert {c.name: c.role for c in project.coders()} == {"nina": "lead"}


def test_a_stranger_is_still_refused_where_people_are(tmp_path: Path) -> None:
    from qualcode.tui.app import build_app

    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("karin")
    with pytest.raises(NotFoundError, match="unknown coder 'nina'"):
        build_app(path, "nina", "en")
    with Project.open(path) as project:
        assert [c.name for c in project.coders()] == ["karin"]


@pytest.mark.slow  # drives the whole app
async def test_the_named_first_lead_and_an_upgrade_are_said(tmp_path: Path) -> None:
    """What the CLI says in a line, the TUI says as a note when it opens: the name given
    joined as lead, and an older file's documents were upgraded (project/upgrade.py)."""
    import shutil

    from qualcode.tui.app import build_app
    from tests.tui.conftest import notifications

    path = tmp_path / "p.db"
    Project.create(path).close()
    app = build_app(path, "nina", "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("nina joined as the project's lead" in n for n in notifications(app))
        assert not any("Upgraded" in n for n in notifications(app))
    old = tmp_path / "study.db"
    shutil.copyfile(Path(__file__).parents[1] / "project/old_projects/schema12_aa10b368.db", old)
    app = build_app(old, "lena", "sv")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        (said,) = [n for n in notifications(app) if n.startswith("Uppgraderat")]
        assert "2 dokuments filsökvägar" in said and "1 meningsenheter" in said
        assert "study.db.v12-" in said

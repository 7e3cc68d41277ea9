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

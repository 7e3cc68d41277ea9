"""A coder asking for quotes as a colleague is refused in one line, as every other read
that names its reader is; before, ``report_quotes(viewer="johan")`` from karin's login
answered with karin's own codings under johan's name (redteam43)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import MISSION_TEXT, team_project


def test_a_coder_reads_quotes_as_herself_only(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    made.close()
    with Project.open(path) as project:
        project.act_as("karin")
        start = MISSION_TEXT.index("Vi pratade")
        project.add_coding(doc, start, start + 20, "mission", "karin")
        assert len(project.report_quotes(viewer="karin")) == 1
        with pytest.raises(QualcodeError) as refused:
            project.report_quotes(viewer="johan")
        assert "karin cannot read quotes as johan" in str(refused.value)
        assert "\n" not in str(refused.value)


def test_a_number_where_the_code_goes_is_an_unknown_code(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena")
        # refused at the door before every public method, naming the first argument out of
        # place (api_doors.py, types47); before it, as an unknown code '41'
        with pytest.raises(QualcodeError, match=r"^add_coding: start must be a whole number"):
            project.add_coding(doc, "mission", 3, 41, "lena")  # type: ignore[arg-type]
        assert project.codings() == []

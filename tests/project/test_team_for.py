"""Who a lead reconciles a document with (``Project.team_for``): the rule the reconcile
screen asked of the TUI until it moved below the faces.

The demo's johan, karin and mira finished six documents together; karin and omar then
finished aby_05, which johan and mira never started.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import two_finish_aby_05

pytestmark = pytest.mark.slow  # the demo


def test_the_team_for_a_document_only_part_of_it_finished(demo: Path) -> None:
    aby_05 = two_finish_aby_05(demo)
    with Project.open(demo) as project:
        project.act_as("lena")
        assert aby_05 not in project.team_scope().documents
        assert project.team_for(aby_05) == ["karin", "omar"]


def test_a_document_the_team_counts_is_reconciled_with_the_team(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        counted = project.team_scope().documents
        assert counted and all(project.team_for(doc) is None for doc in counted)


def test_one_who_finished_is_no_team_and_a_coder_is_told_nothing(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.add_coder("omar")
        aby_05 = next(d.id for d in project.documents() if d.name.startswith("aby_05"))
        project.set_status(aby_05, "omar", "done")
        assert project.finished_by(aby_05) == ["omar"]
        assert project.team_for(aby_05) is None
        project.act_as("karin")
        assert project.team_for(aby_05) is None

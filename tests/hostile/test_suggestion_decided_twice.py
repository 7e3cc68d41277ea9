"""A suggestion decided in two windows at once (red team, round 12).

One coder may have the project open twice: two browser tabs of ``qualcode serve``, the
CLI's ``suggest accept`` beside the TUI. Deciding read the suggestion's status, found it
pending, and only then asked for the write lock; when the other window's acceptance held
the lock at that moment, a rejection went through after it: the suggestion was left
rejected, a negative for the engine, with the coding made from it still standing (and a
second acceptance was refused as "already coded", naming no suggestion). The status is
read under the write lock now, so the second window is told the suggestion was already
decided, and nothing more is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.hostile_kit import racing


@pytest.fixture
def suggested(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text("ip1.txt", SV_TEXT, lang="sv")
        project.act_as("karin")
        made = project.suggest(semantic=False, min_score=0.0)
    return path, made[0].id


def _decide(path: Path, sid: str, how: str) -> object:
    with Project.open(path) as project:
        project.act_as("karin")
        if how == "accept":
            return project.accept_suggestions([sid], "karin")
        return project.reject_suggestions([sid], "karin")


@pytest.mark.parametrize("how", ["accept", "reject"])
def test_the_second_window_is_told_it_was_decided(suggested: tuple[Path, str], how: str) -> None:
    path, sid = suggested
    with Project.open(path) as other:
        other.act_as("karin")
        _, raised = racing(
            lambda: _decide(path, sid, how),
            other,
            lambda p: p.accept_suggestions([sid], "karin"),
        )
    assert isinstance(raised, ValidationError), raised
    assert "was already accepted" in str(raised)
    with Project.open(path) as project:
        made = [c for c in project.codings(coder="karin") if c.suggestion_id == sid]
        assert len(made) == 1
        (decided,) = [s for s in project.suggestions(status=None) if s.id == sid]
        assert decided.status == "accepted"

"""What the project teaches the engine: codings, consensus, statuses, rejections."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT


@pytest.fixture(autouse=True)
def _no_semantic_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")


def _span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def test_nothing_to_suggest_without_documents_or_codebook(tmp_path) -> None:
    with Project.create(tmp_path / "empty.db") as project:
        assert project.suggest() == []
        project.import_text("a.txt", SV_TEXT, lang="sv")
        with pytest.raises(ValidationError, match="no codes to suggest yet: load a codebook"):
            project.suggest()  # no codebook yet: said, not an empty answer


def test_training_rows_follow_codings_statuses_and_rejections(project: Project) -> None:
    text = project.document("aby_01").text
    s, e = _span(text, "Politikerna bestämde och vi fick bara göra.")
    project.add_coding("aby_01", s, e, "mission_dialogue", "karin")
    project.add_coding("aby_01", s, e, "mission_dialogue", "lena", layer="consensus")
    project.set_status("aby_01", "karin", "todo")  # coding marked it in progress; undo that
    rows = project._training()
    coded = [r for r in rows if r.codes]
    assert {r.weight for r in coded} == {3.0, 6.0}  # the consensus weighs double
    assert not [r for r in rows if not r.codes]  # nobody is working on it: no negatives
    project.set_status("aby_01", "karin", "in_progress")
    # in progress: karin has not reached the rest of the document, so it proves nothing
    assert not [r for r in project._training() if not r.codes and not r.negative_for]
    project.set_status("aby_01", "karin", "done")
    weak = [r for r in project._training() if not r.codes and not r.negative_for]
    assert weak and all(r.weight < 1 for r in weak)  # karin's uncoded units, weakly
    assert [r for r in project._training(only_coder="johan") if r.codes] == []
    found = project.suggest(["aby_01"], min_score=0.05)
    project.reject_suggestions([found[0].id], "johan")
    rejected = [r for r in project._training() if r.negative_for]
    assert rejected[0].negative_for == {found[0].code}


def test_decided_passages_are_not_proposed_again(project: Project) -> None:
    found = project.suggest(["aby_01"], min_score=0.05)
    top = found[0]
    project.reject_suggestions([top.id], "karin")
    again = project.suggest(["aby_01"], min_score=0.05)
    assert not [s for s in again if s.code == top.code and s.start < top.end < s.end + 1]

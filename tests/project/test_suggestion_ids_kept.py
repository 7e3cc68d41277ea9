"""A suggestion computed again keeps its id. A coder ran `qualcode suggest DOC` a second
time (to read the list again, or to save it with --format csv), then accepted an id from
the first listing, as the README's tour has her do: "no suggestion '96e0'", every id had
been replaced by a new one for the same passage and code."""

from __future__ import annotations

from qualcode import Project


def test_the_same_passage_and_code_keep_their_id(project: Project) -> None:
    project.act_as("karin")
    first = project.suggest(coder="karin", semantic=False, min_score=0.0)
    assert first
    again = project.suggest(coder="karin", semantic=False, min_score=0.0)
    by_place = {(s.document_id, s.start, s.end, s.code): s.id for s in again}
    assert {(s.document_id, s.start, s.end, s.code): s.id for s in first} == by_place
    accepted = project.accept_suggestions([first[0].id], "karin")
    assert accepted


def test_a_decided_suggestion_is_not_made_again_under_its_id(project: Project) -> None:
    project.act_as("karin")
    first = project.suggest(coder="karin", semantic=False, min_score=0.0)
    project.reject_suggestions([first[0].id], "karin")
    again = project.suggest(coder="karin", semantic=False, min_score=0.0)
    assert first[0].id not in {s.id for s in again}
    assert len({s.id for s in again}) == len(again)

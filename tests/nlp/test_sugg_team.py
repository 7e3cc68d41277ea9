"""Suggestions in a team: the blind rule, undone acceptances, the ranked view."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from qualcode.nlp.suggest import DEFAULT_THRESHOLD


@pytest.fixture(autouse=True)
def _no_semantic_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")


def _found(project: Project, coder: str | None) -> list[tuple[int, int, str, float]]:
    return sorted(
        (s.start, s.end, s.code, s.score)
        for s in project.suggest(["aby_01"], min_score=0.01, coder=coder)
    )


def _span(project: Project, passage: str) -> tuple[int, int]:
    start = project.document("aby_01").text.index(passage)
    return start, start + len(passage)


def test_a_blind_coder_learns_from_nobody_else(project: Project) -> None:
    before = _found(project, "karin")
    assert before
    # johan codes a passage and rejects a suggestion: karin's suggestions must not move
    project.add_coding(
        "aby_01", *_span(project, "Arbetsmiljöproblemen var stora."), "integration", "johan"
    )
    pending = project.suggestions("aby_01")
    project.reject_suggestions([pending[0].id], "johan")
    assert _found(project, "karin") == before
    # the lead (and a script naming nobody) learns from the whole team: johan's work counts
    assert _found(project, "lena") != before
    rejected = (pending[0].start, pending[0].code)
    assert rejected not in {(s, c) for s, _e, c, _p in _found(project, None)}
    # johan's own suggestions learn from his work: his rejection holds for him
    assert rejected not in {(s, c) for s, _e, c, _p in _found(project, "johan")}


def test_an_undone_acceptance_can_be_proposed_again(project: Project) -> None:
    found = project.suggest(["aby_01"], min_score=0.05, coder="karin")
    top = max(found, key=lambda s: s.score)
    (coding_id,) = project.accept_suggestions([top.id], "karin")
    again = project.suggest(["aby_01"], min_score=0.05, coder="karin")
    assert not [s for s in again if s.code == top.code and s.start < top.end and top.start < s.end]
    project.remove_coding(coding_id, "karin")  # the coder undoes the acceptance
    third = project.suggest(["aby_01"], min_score=0.05, coder="karin")
    assert [s for s in third if s.code == top.code and s.start <= top.start < s.end]
    # a rejection, unlike an undone acceptance, keeps the passage out
    proposed = next(s for s in third if s.code == top.code and s.start <= top.start < s.end)
    project.reject_suggestions([proposed.id], "karin")
    fourth = project.suggest(["aby_01"], min_score=0.05, coder="karin")
    assert not [s for s in fourth if s.code == top.code and s.start <= top.start < s.end]


def test_ranked_lists_the_best_code_below_the_threshold(project: Project) -> None:
    rows = project.ranked("aby_01", limit=50, floor=0.0)
    assert rows
    assert all(r.score < DEFAULT_THRESHOLD for r in rows)
    assert [r.score for r in rows] == sorted((r.score for r in rows), reverse=True)
    text = project.document("aby_01").text
    assert all(text[r.start : r.end] == r.text for r in rows)
    assert not any(r.text.startswith("Kan du berätta") for r in rows)  # interviewer turn
    assert all(r.second is None or r.second_score <= r.score for r in rows)
    assert project.suggestions("aby_01") == []  # the view stores nothing
    assert len(project.ranked("aby_01", limit=1, floor=0.0)) == 1
    only = project.ranked("aby_01", ["integration"], limit=50, floor=0.0)
    assert {r.code for r in only} <= {"integration"}
    with pytest.raises(QualcodeError, match="limit"):
        project.ranked("aby_01", limit=0)
    with pytest.raises(QualcodeError):
        project.ranked("aby_01", ["no_such_code"])


def test_ranked_from_the_command_line(project: Project) -> None:
    path = str(project.path)
    project.close()
    runner = CliRunner()
    ok = runner.invoke(
        app, ["-p", path, "suggest", "aby_01", "--ranked", "--format", "jsonl", "--coder", "lena"]
    )
    assert ok.exit_code == 0, ok.output + ok.stderr
    rows = [json.loads(line) for line in ok.stdout.splitlines()]
    assert all(r["score"] < DEFAULT_THRESHOLD for r in rows)
    assert {"doc", "code", "score", "second", "text", "start", "end"} <= rows[0].keys()
    bad = runner.invoke(app, ["-p", path, "suggest", "--ranked", "--coder", "lena"])
    assert bad.exit_code == 1 and "needs a document" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1

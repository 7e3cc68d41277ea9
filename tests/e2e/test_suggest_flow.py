"""Suggest, accept, reject, suggest again on the demo: the learning acts, as a coder sees it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError

# slow: the demo's suggestion engine fitted and refitted in whole CLI runs
pytestmark = pytest.mark.slow


def test_suggest_accept_reject_and_learn(demo: Path) -> None:
    with Project.open(demo) as project:
        found = project.suggest(["aby_05"], coder="karin")
        assert found and all(s.status == "pending" for s in found)
        assert {s.code for s in found} <= {c.key for c in project.codebook()}
        top = max(found, key=lambda s: s.score)
        assert top.evidence["nearest"] and top.model_version
        worst = min(found, key=lambda s: s.score)
        coding_ids = project.accept_suggestions([top.id[:8]], "karin")
        coding = project.codings("aby_05", "karin")[0]
        assert coding.id == coding_ids[0] and coding.origin == "suggestion"
        assert (coding.start, coding.end, coding.code) == (top.start, top.end, top.code)
        project.reject_suggestions([worst.id], "karin")
        with pytest.raises(ValidationError, match="already accepted"):
            project.accept_suggestions([top.id], "karin")

        again = project.suggest(["aby_05"], coder="karin")
        # the accepted passage is karin's coding now: not suggested to her again
        assert not any(s.start == top.start and s.code == top.code for s in again)
        # the rejected passage lost ground for its code
        same = [s for s in again if s.start == worst.start and s.code == worst.code]
        assert not same or same[0].score < worst.score
        decided = project.suggestions("aby_05", status=None)
        assert {s.status for s in decided} >= {"accepted", "rejected", "pending"}
        actions = [e.action for e in project.audit()]
        assert "suggestion.accept" in actions and "suggestion.reject" in actions


def test_suggest_cli_jsonl_and_evaluate(demo: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})  # the lead sees everyone's work
    result = runner.invoke(app, ["-p", str(demo), "suggest", "norrvik_02", "--format", "jsonl"])
    assert result.exit_code == 0, result.output + result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    assert {
        "id",
        "document",
        "start",
        "end",
        "code",
        "score",
        "method",
        "evidence",
        "text",
    } <= rows[0].keys()
    with Project.open(demo) as project:
        text = project.document(rows[0]["document"]).text
    assert text[rows[0]["start"] : rows[0]["end"]] == rows[0]["text"]
    accepted = runner.invoke(
        app, ["-p", str(demo), "suggest", "accept", rows[0]["id"], "--coder", "johan"]
    )
    assert accepted.exit_code == 0 and "accepted 1" in accepted.stderr
    evaluated = runner.invoke(
        app,
        [
            "-p",
            str(demo),
            "suggest",
            "evaluate",
            "--against",
            "karin",
            "--folds",
            "2",
            "--format",
            "json",
        ],
    )
    assert evaluated.exit_code == 0, evaluated.output + evaluated.stderr
    payload = json.loads(evaluated.stdout)
    assert 0.0 <= payload["macro_f1"] <= 1.0
    assert set(payload["per_code"]) == {
        "mission_dialogue",
        "systems_perspective",
        "integration",
        "long_term_economics",
    }
    bad = runner.invoke(app, ["-p", str(demo), "suggest", "accept", "nope", "--coder", "karin"])
    assert bad.exit_code == 1 and "no suggestion 'nope'" in bad.stderr


def test_suggest_help_and_user_mistakes(demo: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})  # the lead sees everyone's work
    shown = runner.invoke(app, ["suggest", "--help"])
    assert shown.exit_code == 0
    for words in ("[DOC]...", "accept", "reject", "evaluate", "--min-score"):
        assert words in shown.stdout
    unknown = runner.invoke(app, ["-p", str(demo), "suggest", "aby_01", "--codes", "nope"])
    assert unknown.exit_code == 1 and "unknown code 'nope'" in unknown.stderr
    bad_score = runner.invoke(app, ["-p", str(demo), "suggest", "--min-score", "2"])
    assert bad_score.exit_code == 1 and "between 0 and 1" in bad_score.stderr
    found = runner.invoke(app, ["-p", str(demo), "suggest", "aby_01", "--format", "json"])
    first = json.loads(found.stdout)[0]["id"]
    rejected = runner.invoke(
        app, ["-p", str(demo), "suggest", "reject", first[:8], "--coder", "karin"]
    )
    assert rejected.exit_code == 0 and "rejected 1" in rejected.stderr
    again = runner.invoke(app, ["-p", str(demo), "suggest", "reject", first, "--coder", "karin"])
    assert again.exit_code == 1 and "already rejected" in again.stderr


def test_engine_is_refitted_only_when_its_inputs_change(demo: Path) -> None:
    with Project.open(demo) as project:
        first = project.suggester()
        assert project.suggester() is first  # nothing changed: the same fitted engine
        found = project.suggest(["aby_02"])
        assert project.suggester() is first  # storing pending suggestions teaches nothing
        project.reject_suggestions([found[0].id], "johan")
        assert project.suggester() is not first


def test_interviewer_labels() -> None:
    from qualcode.nlp.suggest import is_interviewer

    for label in ("I", "I:", "Intervjuare", "Interviewer 2", "INT", "Karin"):
        assert is_interviewer(label, "karin")
    for label in ("R", "IP", "Respondent", "Socialsekreterare", ""):
        assert not is_interviewer(label, "karin")


def test_semantic_tier_plugs_in_through_the_project(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qualcode.nlp import semantic
    from tests.nlp.engine_kit import fake_embed

    calls: list[int] = []
    monkeypatch.setattr(semantic, "load_embedder", lambda: fake_embed(calls))
    with Project.open(demo) as project:
        found = project.suggest(["aby_01"])
        assert found and all("semantic" in s.method for s in found)
        assert "sem_best" in found[0].evidence["components"]
    assert calls  # the stand-in model was asked for vectors

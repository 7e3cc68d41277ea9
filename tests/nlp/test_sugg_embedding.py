"""Embeddings in the background: the first suggestions never wait for them, the embedding
reports its progress in words, and the suggestions improve when they arrive."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.nlp import semantic
from qualcode.tui.background import serve
from tests.conftest import SV_TEXT, small_codebook
from tests.nlp.engine_kit import fake_embed

REQUEST = json.dumps({"docs": ["aby_01"], "coder": "karin"}) + "\n"


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    return path


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The semantic tier switched on with a cheap stand-in model; how many texts it embeds."""
    seen: list[int] = []
    monkeypatch.setattr(semantic, "load_embedder", lambda: fake_embed(seen))
    return seen


def test_first_suggestions_do_not_wait_for_embeddings(small: Path, calls: list[int]) -> None:
    with Project.open(small) as project:
        first = project.suggest(["aby_01"], semantic=None)
        assert calls == []  # nothing was embedded to answer
        assert project.embeddings_pending and project.last_tier == "core"
        assert first and all("semantic" not in s.method for s in first)

        reports: list[tuple[int, int]] = []
        embedded = project.embed(["aby_01"], lambda done, total: reports.append((done, total)))
        assert embedded == sum(calls) > 0
        totals = {total for _, total in reports}
        assert len(totals) == 1 and reports[0][0] == 0 and reports[-1][0] == totals.pop()
        dones = [done for done, _ in reports]
        assert dones == sorted(dones) and len(reports) >= 2  # real, stepwise progress
        assert project.embedding_texts(["aby_01"]) == []  # nothing left to embed

        calls.clear()
        later = project.suggest(["aby_01"], semantic=None)
        assert not project.embeddings_pending and project.last_tier == "semantic"
        assert calls == []  # everything it needed was kept in the project
        assert later and all("semantic" in s.method for s in later)


def test_the_helper_answers_first_then_embeds_with_progress_then_improves(
    small: Path, calls: list[int]
) -> None:
    answers = io.StringIO()
    serve(
        str(small), io.StringIO(json.dumps({"docs": ["aby_01"], "coder": "karin"}) + "\n"), answers
    )
    lines = [json.loads(line) for line in answers.getvalue().splitlines()]
    kinds = [next(iter(line)) for line in lines]
    assert "found" in kinds and kinds[-1] == "done"
    found_at = kinds.index("found")
    embedding = [line["embedding"] for line in lines if "embedding" in line]
    # first suggestions before any embedding; then words done rising to words in all
    assert embedding and kinds.index("embedding") > found_at
    assert embedding[-1][0] == embedding[-1][1] > 0
    with Project.open(small) as project:
        stored = project.suggestions("aby_01")
        assert stored and len(stored) == lines[-1]["done"]
        assert all("semantic" in s.method for s in stored)  # improved: the tier took part

    answers = io.StringIO()  # a second request: nothing left to embed, no embedding step
    serve(
        str(small), io.StringIO(json.dumps({"docs": ["aby_01"], "coder": "karin"}) + "\n"), answers
    )
    kinds = [next(iter(json.loads(line))) for line in answers.getvalue().splitlines()]
    assert "embedding" not in kinds and kinds[-2:] == ["found", "done"]


def test_the_cli_answers_at_once_and_embed_waits_for_the_tier(
    small: Path, calls: list[int]
) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    runner = CliRunner()
    quick = runner.invoke(app, ["-p", str(small), "suggest", "aby_01", "--format", "json"])
    assert quick.exit_code == 0, quick.output
    assert "no embedding yet" in quick.stderr and "--embed" in quick.stderr
    first = json.loads(quick.stdout)
    assert calls == [] and first and all("semantic" not in r["method"] for r in first)

    full = runner.invoke(
        app, ["-p", str(small), "suggest", "aby_01", "--embed", "--format", "json"]
    )
    assert full.exit_code == 0, full.output
    assert "no embedding yet" not in full.stderr and sum(calls) > 0
    rows = json.loads(full.stdout)
    assert rows and all("semantic" in r["method"] for r in rows)

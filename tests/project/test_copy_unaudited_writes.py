"""In a coder's copy, a write with no audit entry is held to its coder too (hostile49b).

The copy refused every audited write by anyone but omar (review49), but ``suggest`` writes
no entry: as lena in omar's copy, ``suggest DOC`` stored pending suggestions for her. Every
write in a transaction is now checked against who is at the keyboard; reads stay as they
were."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import sql_rows
from tests.project.handout_kit import omar_copy

SAID = "this copy was handed to omar; it codes as omar only"


def _copy(tmp_path: Path) -> tuple[Path, str]:
    """omar's copy of lena's project (lena lead, omar coder, one document)."""
    _, copy, doc = omar_copy(tmp_path)
    return copy, doc


def _suggestions(copy: Path) -> list[tuple[object, ...]]:
    return sql_rows(copy, "SELECT count(*) FROM suggestions")


@pytest.mark.parametrize(("acting", "coder"), [("lena", None), ("lena", "lena"), (None, "lena")])
def test_suggest_as_anyone_but_omar_is_refused_and_nothing_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, acting: str | None, coder: str | None
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    copy, doc = _copy(tmp_path)
    with Project.open(copy) as project:
        if acting is not None:
            project.act_as(acting, acting)
        with pytest.raises(QualcodeError, match=SAID):
            project.suggest([doc], coder=coder, semantic=False)
    assert _suggestions(copy) == [(0,)]


def test_any_write_in_a_transaction_by_lena_is_taken_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rule sits where every user act's writes meet, not only in ``suggest``."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    copy, _ = _copy(tmp_path)
    with Project.open(copy) as project:
        project.act_as("lena", "lena")
        with pytest.raises(QualcodeError, match=SAID), project.store.transaction():
            project.store.settings.put("hostile49b", "lena was here")
        with project.store.transaction():  # a read in a transaction is as it was
            assert project.store.settings.get("hostile49b") is None
    assert sql_rows(copy, "SELECT count(*) FROM meta WHERE key LIKE '%hostile49b'") == [(0,)]


def test_omar_suggests_in_his_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    copy, doc = _copy(tmp_path)
    with Project.open(copy) as project:
        project.act_as("omar", "omar")
        assert project.suggest([doc], semantic=False)
    assert _suggestions(copy) != [(0,)]


def test_the_cli_refuses_lena_s_suggest_in_omar_s_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    copy, _ = _copy(tmp_path)
    runner = CliRunner()
    for args in (
        ["--coder", "lena", "suggest", "aby_01.txt"],
        ["suggest", "aby_01.txt", "--coder", "lena"],
    ):
        got = runner.invoke(app, ["-p", str(copy), *args])
        assert got.exit_code == 1 and got.stderr == f"error: {SAID}\n", got.output
    assert _suggestions(copy) == [(0,)]
    got = runner.invoke(app, ["-p", str(copy), "--coder", "omar", "suggest", "aby_01.txt"])
    assert got.exit_code == 0, got.output


def test_writes_past_the_view_are_held_to_omar_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The blind switch and the accept-all threshold write through the raw store (the
    switch's entry too), past the view's check: each asks for the copy's coder first."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    copy, _ = _copy(tmp_path)
    before = sql_rows(copy, "SELECT key, value FROM meta ORDER BY key")
    with Project.open(copy) as project:
        project.act_as("lena", "lena")
        blind = project.is_blind()
        with pytest.raises(QualcodeError, match=SAID):
            project.set_blind(not blind, "lena")
        with pytest.raises(QualcodeError, match=SAID):
            project.set_accept_all_threshold("lena", 0.5)
    assert sql_rows(copy, "SELECT key, value FROM meta ORDER BY key") == before
    got = CliRunner().invoke(app, ["-p", str(copy), "--coder", "lena", "team", "unblind"])
    assert got.exit_code == 1 and got.stderr == f"error: {SAID}\n", got.output
    with Project.open(copy) as project:
        project.act_as("omar", "omar")
        assert project.set_accept_all_threshold("omar", 0.5) == 0.5


def test_lena_s_ranked_list_still_reads_in_omar_s_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read that keeps the engine it fitted (a cache of the text, no one's work) is a
    read: refused with the writes, lena's ranked list said the copy codes as omar only."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    copy, doc = _copy(tmp_path)
    with Project.open(copy) as project:
        project.act_as("lena", "lena")
        assert project.ranked(doc, semantic=False)
    assert _suggestions(copy) == [(0,)]

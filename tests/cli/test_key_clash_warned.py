"""Every export that applies the pseudonym key, and ``pseudonym list``, warn in one line
naming a word the key holds both as a real name and as another name's pseudonym (a key
saved before 6487100); an export with --real-names applies no key and says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import team_project

WARNING = "warning: the pseudonym key holds 'Vera' both as a real name"


@pytest.fixture
def old_key(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    made.add_memo("document", doc, "lena", "The manager turns the assignment into workload")
    with made, made.store.transaction():
        made.store.pseudonyms.set("Anna Berg", "Vera", "person", "lena")
        made.store.pseudonyms.set("Vera", "IP2", "person", "lena")
    return path


def _stderr(path: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["-p", str(path), *args, "--coder", "lena"])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("pseudonym", "list"),
        ("export", "codings", "{dir}/c.csv"),
        ("export", "summary", "{dir}/s.md", "--allow-empty"),
        ("export", "memos", "{dir}/m.md"),
        ("codebook", "export", "{dir}/cb.md"),
        ("export", "qdc", "{dir}/cb.qdc"),
        ("report", "frequencies"),
        ("report", "crosstab", "coder"),
        ("report", "cooccurrence"),
        ("report", "quotes"),
        ("report", "query", "mission"),
        ("report", "words"),
        ("agree",),
        ("audit",),
    ],
)
def test_the_word_is_named_in_one_line(old_key: Path, args: tuple[str, ...]) -> None:
    said = _stderr(old_key, *(a.format(dir=old_key.parent) for a in args))
    lines = [line for line in said.splitlines() if "pseudonym key holds" in line]
    assert len(lines) == 1 and lines[0].startswith(WARNING), said
    assert "Anna Berg" not in said


def test_real_names_apply_no_key_and_say_nothing(old_key: Path) -> None:
    said = _stderr(old_key, "export", "codings", str(old_key.parent / "c.csv"), "--real-names")
    assert "pseudonym key holds" not in said


@pytest.mark.parametrize(
    "args",
    [
        ("export", "codings", "{dir}/c.csv"),
        ("export", "summary", "{dir}/s.md", "--allow-empty"),
        ("export", "qdpx", "{dir}/x.qdpx"),
        ("export", "qdc", "{dir}/cb.qdc"),
        ("codebook", "export", "{dir}/cb.md"),
    ],
)
def test_real_names_are_said_in_one_line(old_key: Path, args: tuple[str, ...]) -> None:
    """An export written with real names said only "wrote ...", like a pseudonymised one
    (pseudo35): the lead is told, in one line, that it is not for sharing."""
    said = _stderr(old_key, *(a.format(dir=old_key.parent) for a in args), "--real-names")
    lines = [line for line in said.splitlines() if "not through the pseudonym key" in line]
    assert len(lines) == 1, said


@pytest.mark.parametrize(
    "args",
    [
        ("export", "summary", "{gone}/s.md", "--allow-empty"),
        ("export", "codings", "{gone}/c.csv"),
        ("export", "qdpx", "{gone}/x.qdpx"),
        ("export", "qdc", "{gone}/x.qdc"),
        ("export", "qdc", "{project}"),
        ("export", "memos", "{gone}/m.md"),
        ("codebook", "export", "{gone}/cb.md"),
        ("codebook", "export", "{project}"),
        ("reconcile", "agenda", "-o", "{gone}/a.md"),
        ("report", "frequencies", "--set", "nope"),
        ("report", "crosstab", "municipality", "--set", "nope"),
        ("report", "cooccurrence", "--set", "nope"),
        ("report", "quotes", "--set", "nope"),
        ("report", "query", "mission", "--set", "nope"),
        ("report", "words", "--set", "nope"),
        ("agree", "--set", "nope"),
        ("audit", "--actor", "nobody"),
    ],
)
def test_a_refused_export_says_its_refusal_only(old_key: Path, args: tuple[str, ...]) -> None:
    """Refused (no such folder, the project's own file, no such set or coder), an export
    or report says so in one line and nothing that reads as if it ran: the key's warning
    came first, above the refusal, from codebook export, export qdc and every report."""
    gone = old_key.parent / "no-such-folder"
    shown = [a.format(gone=gone, project=old_key) for a in args]
    result = CliRunner().invoke(app, ["-p", str(old_key), *shown, "--coder", "lena"])
    assert result.exit_code == 1, result.output
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: ")

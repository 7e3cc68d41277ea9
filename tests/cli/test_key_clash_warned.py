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
        ("report", "frequencies"),
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

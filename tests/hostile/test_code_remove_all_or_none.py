"""`code remove` and `code restore` of several codings are one action (red team 41).

`code remove A B zzzz` removed A and B, printed so, then said "no coding 'zzzz'" and
exited 1: a script reading the exit status took the command as failed, though two
codings were gone, and the one-line refusal had not held them back. Every coding named
is now looked up first and all are removed (or restored) in one transaction, or none;
a coding named twice (by its id and a prefix of it) is removed once, not refused as
'already removed'.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """karin's two codings and johan's one, by a name each."""
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.add_coder("johan")
        p.act_as("lena")
        p.apply_codebook(small_codebook())
        doc = p.import_text("ip1.txt", SV_TEXT, lang="sv").id
        ids = {
            "first": p.add_coding(doc, 30, 80, "mission_dialogue", "karin").id,
            "second": p.add_coding(doc, 100, 160, "integration", "karin").id,
            "johans": p.add_coding(doc, 30, 80, "integration", "johan").id,
        }
    return path, ids


def _run(path: Path, *args: str, coder: str = "karin") -> tuple[int, str]:
    got = CliRunner().invoke(
        app, ["-p", str(path), *args], env={"QUALCODE_CODER": coder, "QUALCODE_SEMANTIC": "off"}
    )
    assert got.exception is None or isinstance(got.exception, SystemExit), got.exception
    return got.exit_code, got.stderr


def _live(path: Path) -> set[str]:
    with Project.open(path).act_as("lena") as p:
        return {c.id for c in p.codings()}


def test_one_unknown_id_removes_none(project: tuple[Path, dict[str, str]]) -> None:
    path, ids = project
    before = _live(path)
    status, said = _run(path, "code", "remove", ids["first"][:8], ids["second"][:8], "zzzzzzzz")
    assert status == 1 and len(said.splitlines()) == 1
    assert said.startswith("error: no coding 'zzzzzzzz'"), said
    assert _live(path) == before


def test_a_colleagues_coding_among_them_removes_none(project: tuple[Path, dict[str, str]]) -> None:
    path, ids = project
    before = _live(path)
    status, said = _run(path, "code", "remove", ids["first"][:8], ids["johans"][:8])
    assert status == 1 and f"'{ids['johans'][:8]}'" in said
    assert ids["johans"] not in said  # quoted as typed, never her colleague's whole id
    assert _live(path) == before


def test_a_coding_named_twice_is_removed_once(project: tuple[Path, dict[str, str]]) -> None:
    path, ids = project
    status, said = _run(path, "code", "remove", ids["first"], ids["first"][:8])
    assert status == 0, said
    assert ids["first"] not in _live(path)
    with Project.open(path).act_as("lena") as p:
        assert len(p.audit("coding.remove", real_names=True, viewer="lena")) == 1


def test_one_unknown_id_restores_none(project: tuple[Path, dict[str, str]]) -> None:
    path, ids = project
    assert _run(path, "code", "remove", ids["first"], ids["second"])[0] == 0
    status, _ = _run(path, "code", "restore", ids["first"][:8], ids["second"][:8], "zzzzzzzz")
    assert status == 1
    assert ids["first"] not in _live(path) and ids["second"] not in _live(path)
    assert _run(path, "code", "restore", ids["first"][:8], ids["second"][:8])[0] == 0
    assert {ids["first"], ids["second"]} <= _live(path)

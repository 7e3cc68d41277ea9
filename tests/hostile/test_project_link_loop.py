"""A project path whose links lead round in a loop is said to be one (red team 43).

``ln -s b a; ln -s a b`` (a link renamed in the wrong order): every command on ``-p a``
said 'no project here; create one with `qualcode -p a init`', and that init refused with
'a is a link to b, which does not exist', though b was there. Both say the loop now, in
one line, and nothing is made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.hostile_kit import qualcode


@pytest.mark.parametrize("command", [("init",), ("docs", "list")])
def test_a_link_loop_is_said_as_one(tmp_path: Path, command: tuple[str, ...]) -> None:
    (tmp_path / "a.db").symlink_to(tmp_path / "b.db")
    (tmp_path / "b.db").symlink_to(tmp_path / "a.db")
    got = qualcode(tmp_path / "a.db", *command, coder="lena")
    assert got.status == 1 and got.stderr.count("\n") == 1, got.stderr
    assert "a.db: its links lead round in a loop" in got.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db", "b.db"]
    assert all(p.is_symlink() for p in tmp_path.iterdir())

"""Two names put on the pseudonym key at once (red team, round 12).

The key is the lead's, but she may have it open twice: ``pseudonym suggest --apply`` in a
terminal while the TUI is open, two tabs of ``qualcode serve``. Each entry was checked
against the key as read before the write lock was asked for: one window put "Anna Berg"
on the key as IP1 while the other, waiting for the lock with the key read before it,
put "Karin Ek" on it as "Anna Berg" (her real name printed for another in every export)
or as "ІР1" in Cyrillic letters (two interviewees who read as one), both of which a key
set one entry at a time refuses. The key is read under the lock now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import racing


@pytest.mark.parametrize(
    ("real", "pseudonym", "said"),
    [
        ("Karin Ek", "\u0406\u04201", "reads as"),  # Cyrillic ІР1: two people read as one
        ("Karin Ek", "Anna Berg", "real name on the key"),  # a real name printed for her
    ],
    ids=["lookalike-pseudonym", "real-name-as-pseudonym"],
)
def test_the_second_window_checks_the_key_as_it_is(
    tmp_path: Path, real: str, pseudonym: str, said: str
) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")

    def second() -> object:
        with Project.open(path) as window:
            return window.set_pseudonym(real, pseudonym, "lena")

    with Project.open(path) as first:
        _, raised = racing(second, first, lambda p: p.set_pseudonym("Anna Berg", "IP1", "lena"))
    assert isinstance(raised, ValidationError), raised
    assert said in str(raised)
    with Project.open(path) as project:
        assert {(p.real, p.pseudonym) for p in project.pseudonyms("lena")} == {("Anna Berg", "IP1")}

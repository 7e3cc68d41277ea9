"""A name put on a long key compiles the key once, not four times (key49).

``set_pseudonym`` keeps the key it compiled with the new name on (``_compiled_key``) for
the next name, which an import of a .qdpx's key of hundreds of names puts on straight
after. These tests hold that a kept key refuses what a fresh one refuses, in the same
words, and that a key changed meanwhile (a name removed) is never judged by the kept one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from tests.conftest import team_project

LONG = [(f"Namn{i} Efternamn", f"P{i}") for i in range(30)]


def _refusal(project: object, real: str, pseudonym: str) -> str:
    with pytest.raises(ValidationError) as refused:
        project.set_pseudonym(real, pseudonym, "lena")  # type: ignore[attr-defined]
    return str(refused.value)


@pytest.mark.parametrize(
    ("real", "pseudonym"),
    [
        ("Olle", "Namn5 Efternamn 2"),  # holds a real name on the key
        ("johan", "karin"),  # names coder johan as coder karin is named
        ("Olle", "P5\u200b"),  # reads as another pseudonym on the key
    ],
)
def test_a_long_key_kept_refuses_as_a_fresh_one(tmp_path: Path, real: str, pseudonym: str) -> None:
    long, _ = team_project(tmp_path / "long.db")
    short, _ = team_project(tmp_path / "short.db")
    with long, short:
        for name, given in LONG:
            long.set_pseudonym(name, given, "lena")
        short.set_pseudonym("Namn5 Efternamn", "P5", "lena")
        said = _refusal(long, real, pseudonym)
        assert said == _refusal(short, real, pseudonym)
        assert len(long.pseudonyms("lena")) == len(LONG)  # nothing written


def test_a_name_removed_is_not_judged_by_the_kept_key(tmp_path: Path) -> None:
    project, _ = team_project(tmp_path / "p.db")
    with project:
        project.set_pseudonym("Vendela Rask", "IP1", "lena")
        assert "contains a real name" in _refusal(project, "Olle", "Vendela Rask 2")
        project.remove_pseudonym("Vendela Rask", "lena")
        project.set_pseudonym("Olle", "Vendela Rask 2", "lena")
        assert [p.pseudonym for p in project.pseudonyms("lena")] == ["Vendela Rask 2"]

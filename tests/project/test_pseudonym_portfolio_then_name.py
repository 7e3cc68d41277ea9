"""A person named right after her role's portfolio is proposed, the portfolio's words are
not (user47). "Tom" is a word too (a tom cat), but English writes it capitalised: read as
the portfolio's, "Cabinet Member for Adult Care Tom Reed" proposed neither Tom nor Reed,
and he left every export as written (polish47). The brief's two ways of writing it,
"Director of Adult Services Anna Berg" and "Cabinet Member for Adult Care, Cllr Tom
Reed", are held here too."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import small_codebook

PORTFOLIO_WORDS = {"Adult", "Care", "Adult Care", "Services", "Adult Services"}


def _found(path: Path, line: str) -> set[str]:
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.import_text("minutes.txt", f"Minutes\n\n{line}\n\nThe budget was tight.\n", lang="en")
        p.act_as("lena", "lena")
        return {c.real for c in p.suggest_pseudonyms("lena")}


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Present: Director of Adult Services Anna Berg.", "Anna Berg"),
        ("Present: Cabinet Member for Adult Care, Cllr Tom Reed.", "Tom Reed"),
        ("Present: Cabinet Member for Adult Care Tom Reed.", "Tom Reed"),
        ("Present: Director of Adult Services Tom Reed.", "Tom Reed"),
    ],
)
def test_the_person_after_a_portfolio_is_proposed(tmp_path: Path, line: str, person: str) -> None:
    found = _found(tmp_path / "study.db", line)
    assert person in found, found
    assert not PORTFOLIO_WORDS & found, found

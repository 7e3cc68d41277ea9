"""A council's minutes name a person right after her role's portfolio: "Head of Adult
Services Mark Wood", "Cabinet Member for Adult Care Helen Marsh". The portfolio's common
words are a body's name, not a person's (user47: "Adult" and "Care" were proposed), but
the rule read every common word after it so: "mark", "wood" and "marsh" are words, and
Mark Wood and Marsh were proposed for no key, so they left every export as written
(review47). A word is the portfolio's only while it and every word before it in the
portfolio are common words and no first name."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook

MINUTES = (
    "Minutes of the Adult Social Care Committee\n"
    "Present: Head of Adult Services Mark Wood, Director of Children's Services Rose Green, "
    "Cabinet Member for Adult Care Helen Marsh.\n\n"
    "The budget was tight.\n"
)


def test_a_name_after_the_portfolio_is_proposed_and_the_portfolio_is_not(
    tmp_path: Path,
) -> None:
    with Project.create(tmp_path / "study.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.import_text("minutes.txt", MINUTES, lang="en")
        p.act_as("lena", "lena")
        found = {c.real for c in p.suggest_pseudonyms("lena")}
    assert {"Mark Wood", "Rose Green", "Marsh"} <= found, found
    assert not {"Adult", "Care", "Adult Care", "Services"} & found, found

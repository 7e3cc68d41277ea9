"""A suggestion's evidence names the words the passage has, not only the codebook's terms:
a coder shown *politiker* for a sentence about *arbetsmarknadspolitiken* reads a bug."""

from __future__ import annotations

import pytest

from qualcode.cli.suggest import _why
from qualcode.nlp.normalise import words
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import NEUTRAL, ON_TOPIC, candidates, turning_point_codes


@pytest.mark.slow
def test_a_keyword_found_inside_a_compound_is_shown_as_the_compound() -> None:
    cands = candidates(NEUTRAL[:12] + ON_TOPIC + NEUTRAL[12:])
    drafts = Suggester(turning_point_codes(), []).suggest(cands)
    economy = next(d for d in drafts if d.code == "long_term_economics")
    assert "placering" in economy.evidence["terms"]  # the codebook's term, kept for reports
    shown = economy.evidence["words"]
    assert "placeringskostnaderna" in shown and "placering" not in shown
    text = " ".join(c.text for c in cands if economy.start <= c.start < economy.end)
    for word in shown:  # every word shown is one the passage has
        assert all(part in words(text) for part in word.split()), word


def test_the_table_shows_the_texts_words_and_falls_back_to_the_terms() -> None:
    assert _why({"terms": ["politiker"], "words": ["arbetsmarknadspolitiken"]}) == (
        "arbetsmarknadspolitiken"
    )
    assert _why({"terms": ["placering"]}) == "placering"  # stored before words were kept

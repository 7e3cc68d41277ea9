"""The corpus's count of non-space characters is made a document at a time, in 32 bits.

A theme summary's agreement laid 1,000 documents (6.6M characters) end to end as one
text, encoded it at four bytes a character and summed it in 64 bits: 140 MB at once, the
summary's peak memory. The counts are the same as the joined text's, whatever the texts
hold (spaces of every kind, characters beyond the table of spaces, empty documents)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.agreement.corpus import Corpus
from qualcode.agreement.units import nonspace_prefix, nonspace_prefix_of

SPACES_AND_NOT = "ab å\t\n\r\xa0\u2009\u3000\u3001漢😀"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=SPACES_AND_NOT, max_size=30), max_size=6))
def test_the_same_counts_as_the_joined_text(texts: list[str]) -> None:
    made = nonspace_prefix_of(texts)
    assert made.tolist() == nonspace_prefix("".join(texts)).tolist()


def test_held_in_32_bits() -> None:
    texts = ["Vi pratade om uppdraget.", "", "R: Ja.\u3000漢字 😀"]
    corpus = Corpus(texts, [1, 2, 3], [(1, 0, 24), (3, 0, 6)], [], [1])
    assert corpus.prefix.dtype == np.int32
    assert corpus.prefix.tolist() == nonspace_prefix("".join(texts)).tolist()
    assert int(corpus.prefix[-1]) == sum(not c.isspace() for c in "".join(texts))

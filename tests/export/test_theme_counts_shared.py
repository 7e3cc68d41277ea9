"""A theme's tables by attribute and its totals, taken from counts of every code at once,
are those counted of the theme's own codings.

The summary counts segments per code and attribute value once (``attribute_counts``) and
gives each theme its code's rows, instead of a frequency table of each theme's codings per
attribute: overlapping codings merged into segments, values without a document, empty
values and words must come out the same, so both are compared on generated codings."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export.summary import Summary
from qualcode.project.summary_build import _by_attribute, _totals
from qualcode.project.summary_counts import ATTRIBUTES, attribute_counts

CODING = st.fixed_dictionaries(
    {
        "coder": st.sampled_from(["anna", "bo"]),
        "code": st.sampled_from(["trust", "cost", "time"]),
        "document": st.sampled_from(["d1", "d2", "d3", "d4"]),
        "start": st.integers(0, 50),
        "length": st.integers(1, 20),
        "words": st.integers(0, 12),
    }
)
VALUE = st.sampled_from([None, math.nan, "Åby", "ekstad", "Ekstad", "Norrvik"])


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(CODING, min_size=1, max_size=30),
    places=st.lists(VALUE, min_size=4, max_size=4),
    roles=st.lists(st.sampled_from([None, "chef", "HR-strateg"]), min_size=4, max_size=4),
    lang=st.sampled_from(["sv", "en"]),
)
def test_a_themes_rows_of_every_codes_counts_are_its_own_counts(
    rows: list[dict[str, Any]], places: list[Any], roles: list[Any], lang: str
) -> None:
    codings = pd.DataFrame(
        [
            {**r, "end": r["start"] + r.pop("length"), "id": f"k{i}", "text": "ord " * r["words"]}
            for i, r in enumerate(rows)
        ]
    )
    documents = pd.DataFrame(
        {"id": ["d1", "d2", "d3", "d4"], "name": list("abcd"), "municipality": places}
    ).assign(role=roles)
    summary = Summary("t", lang, "x")
    counts = attribute_counts(codings, documents)
    assert set(counts) == set(ATTRIBUTES)
    for code in codings["code"].unique():
        mine = codings[codings["code"] == code]
        assert _totals(mine, counts) == _totals(mine)
        for attr in ATTRIBUTES:
            alone = _by_attribute(mine, documents, attr, summary)
            shared = _by_attribute(mine, documents, attr, summary, counts[attr])
            pd.testing.assert_frame_equal(shared, alone)

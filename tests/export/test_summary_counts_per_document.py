"""The summary's counts per code and attribute value are counted from segments per code and
document (``summary_counts._counted``), not by merging, joining and grouping every coding
(``analysis.frames.frequencies``): the same table, row for row, in the same order and
types, on generated codings with overlaps, touching codings, a document without values and
one no document row names."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.analysis.frames import frequencies
from qualcode.project.summary_counts import _counted, attribute_counts

TEXT = "vi pratade om uppdraget med nämnden och det blev bättre efter det " * 3

CODING = st.fixed_dictionaries(
    {
        "coder": st.sampled_from(["anna", "bo", "cilla"]),
        "code": st.sampled_from(["trust", "cost", "Time"]),
        "document": st.sampled_from(["d1", "d2", "d3", "d4", "d9"]),  # d9: no row
        "start": st.integers(0, 60),
        "length": st.integers(0, 30),
    }
)
VALUE = st.sampled_from([None, math.nan, "Åby", "ekstad", "Ekstad", "Norrvik"])


def _codings(rows: list[dict[str, Any]], own_text: bool) -> pd.DataFrame:
    """Codings as ``Project.frames`` gives them: the text a slice of the document's and
    its words counted (``own_text``: a text of its own, as a test writes it)."""
    out = []
    for i, r in enumerate(rows):
        start, end = r["start"], r["start"] + r["length"]
        text = ("ord " * (i % 5)) if own_text else TEXT[start:end]
        coding = {k: v for k, v in r.items() if k != "length"}
        out.append({**coding, "end": end, "id": f"k{i}", "text": text, "words": len(text.split())})
    return pd.DataFrame(out)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(CODING, min_size=1, max_size=40),
    places=st.lists(VALUE, min_size=4, max_size=4),
    roles=st.lists(st.sampled_from([None, "chef", "HR-strateg", "Chef"]), min_size=4, max_size=4),
    own_text=st.booleans(),
)
def test_counted_per_document_is_the_frequency_table(
    rows: list[dict[str, Any]], places: list[Any], roles: list[Any], own_text: bool
) -> None:
    codings = _codings(rows, own_text)
    documents = pd.DataFrame(
        {"id": ["d1", "d2", "d3", "d4"], "name": list("abcd"), "municipality": places}
    ).assign(role=roles)
    for by in (["municipality"], ["role"], ["municipality", "role"]):
        pd.testing.assert_frame_equal(
            _counted(codings, documents, by), frequencies(codings, documents, by)
        )
    counts = attribute_counts(codings, documents)
    for attr in ("municipality", "role"):
        both = frequencies(codings, documents, ["municipality", "role"])
        summed = both.groupby(["code", attr], dropna=False)[["segments", "words", "documents"]]
        pd.testing.assert_frame_equal(counts[attr], summed.sum().reset_index())


def test_a_coding_without_a_coder_is_counted_as_the_frequency_table_counts_it() -> None:
    """Two overlapping codings whose coder is missing: each its own segment in the
    frequency table (a missing value equals no other), so in the summary's counts too."""
    codings = _codings(
        [
            {"coder": "anna", "code": "trust", "document": "d1", "start": 0, "length": 20},
            {"coder": "anna", "code": "trust", "document": "d1", "start": 5, "length": 20},
        ],
        own_text=False,
    )
    codings["coder"] = [None, math.nan]
    documents = pd.DataFrame({"id": ["d1"], "municipality": ["Åby"], "role": ["chef"]})
    counts = attribute_counts(codings, documents)
    expected = frequencies(codings, documents, ["municipality", "role"])
    assert int(expected["segments"].sum()) == 2
    for attr in ("municipality", "role"):
        summed = expected.groupby(["code", attr], dropna=False)[["segments", "words", "documents"]]
        pd.testing.assert_frame_equal(counts[attr], summed.sum().reset_index())

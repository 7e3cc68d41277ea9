"""Frequencies and the crosstab merge a coder's overlapping codings of a code into segments
built of the columns they count only (``_narrowed``): the same tables as merging the whole
codings frame, on generated codings with overlaps, several coders and documents, and a
document without the attribute."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.analysis.frames import crosstab, frequencies, segments, with_attributes

TEXT = "Vi pratade om uppdraget med nämnden och det blev bättre efter det. " * 3
DOCUMENTS = pd.DataFrame(
    [
        {"id": "d0", "name": "a.txt", "municipality": "Åby", "role": "chef"},
        {"id": "d1", "name": "b.txt", "municipality": "Ekstad", "role": None},
        {"id": "d2", "name": "c.txt", "municipality": None, "role": "politiker"},
    ]
)

coding = st.tuples(
    st.sampled_from(["d0", "d1", "d2"]),
    st.sampled_from(["cost", "mission"]),
    st.sampled_from(["ada", "bo"]),
    st.integers(0, 150),
    st.integers(1, 50),
)


def _frame(rows: list[tuple[str, str, str, int, int]]) -> pd.DataFrame:
    records = []
    for i, (doc, code, coder, start, length) in enumerate(rows):
        end = min(start + length, len(TEXT))
        text = TEXT[start:end]
        records.append(
            {
                "id": f"c{i}",
                "document": doc,
                "document_name": f"{doc}.txt",
                "start": start,
                "end": end,
                "code": code,
                "coder": coder,
                "layer": "coder",
                "origin": "manual",
                "created_at": "2026-12-04T16:00:00Z",
                "text": text,
                "words": len(text.split()),
            }
        )
    return pd.DataFrame(records)


@settings(max_examples=100, deadline=None)
@given(st.lists(coding, min_size=1, max_size=30))
def test_counts_are_those_of_the_whole_frame_merged(
    rows: list[tuple[str, str, str, int, int]],
) -> None:
    codings = _frame(rows)
    whole = segments(codings)  # every column merged, as the counts did before
    for by in ([], ["municipality"], ["municipality", "role"]):
        kept = ["code", "id", "words", "document", *by]
        data = with_attributes(whole, DOCUMENTS, kept)
        data = data.assign(**{a: data[a].fillna("not given") for a in by})
        expected = (
            data.groupby(["code", *by], dropna=False)
            .agg(segments=("id", "size"), words=("words", "sum"), documents=("document", "nunique"))
            .reset_index()
        )
        got = frequencies(codings, DOCUMENTS, by, "not given")
        pd.testing.assert_frame_equal(got, expected)
    for attribute in ("municipality", "role"):
        data = with_attributes(whole, DOCUMENTS, ["code", "document", attribute])
        expected = (
            data.assign(_value=data[attribute].fillna("not given"))
            .groupby(["code", "_value"])
            .size()
            .unstack(fill_value=0)
        )
        expected.index.name, expected.columns.name = "code", attribute
        expected["total"] = expected.sum(axis=1)
        expected.loc["total"] = expected.sum(axis=0)
        pd.testing.assert_frame_equal(
            crosstab(codings, DOCUMENTS, attribute, "not given"), expected
        )

"""The summary's cross-theme tables count every coding: themes x participants, the
participants who voiced each theme per municipality and role, and each theme's other
documents.

``overview`` counts codings per code and document once and sums those few thousand pairs
for every table (200k codings were walked again for each); each cell is compared here
with a count of the generated codings themselves."""

from __future__ import annotations

from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export.summary import Summary, Theme
from qualcode.project.summary_overview import overview

DOCS = ["d1", "d2", "d3", "d4", "d5"]


@settings(max_examples=100, deadline=None)
@given(
    codings=st.lists(
        st.tuples(st.sampled_from(["trust", "cost", "time"]), st.sampled_from(DOCS)),
        max_size=40,
    ),
    speakers=st.lists(st.sampled_from(["IP1", "IP2", "IP3", ""]), min_size=5, max_size=5),
    places=st.lists(st.sampled_from([None, "Åby", "Ekstad"]), min_size=5, max_size=5),
    plans=st.sets(st.sampled_from(DOCS), max_size=2),
)
def test_every_cell_counts_the_codings(
    codings: list[tuple[str, str]], speakers: list[str], places: list[Any], plans: set[str]
) -> None:
    frame = pd.DataFrame(codings, columns=["code", "document"])
    documents = pd.DataFrame({"id": DOCS, "name": DOCS, "municipality": places})
    participant_of = {d: p for d, p in zip(DOCS, speakers, strict=True) if p and d not in plans}
    others = {d: f"Plan {d}" for d in plans}
    names = {"trust": "Trust", "cost": "Cost", "time": "Time"}
    summary = Summary("t", "en", "x")
    summary.themes = [Theme(k, names[k], "", 0, 0, 0) for k in names]
    overview(summary, frame, documents, participant_of, names, others)
    row_of = {**participant_of, **others}
    for theme in summary.themes:
        mine = {d for k, d in codings if k == theme.key}
        assert theme.others == len(mine & set(plans))
    sections = {s.key: s for s in summary.sections}
    if not codings:
        assert set(sections) == {"material"}
        return
    matrix = sections["matrix"].table
    assert matrix is not None
    voiced_row = bool({row_of.get(d, d) for _, d in codings if d not in plans})
    rows = matrix.iloc[:-1] if voiced_row else matrix
    for _, row in rows.iterrows():
        who = row.iloc[0]
        for key, name in names.items():
            if name in matrix.columns:
                expected = sum(1 for k, d in codings if k == key and row_of.get(d, d) == who)
                assert row[name] == expected
    if voiced_row:
        place_of = dict(zip(DOCS, places, strict=True))
        shares = sections["shares_municipality"].table
        assert shares is not None
        for _, row in shares.iterrows():
            value = row.iloc[0].rsplit(" (n=", 1)[0]
            for key, name in names.items():
                if name in shares.columns:
                    docs = {d for k, d in codings if k == key and d not in plans}
                    expected = sum(1 for d in docs if (place_of[d] or "?") == value)
                    assert row[name] == expected

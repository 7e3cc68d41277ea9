"""A theme's quotes picked from the columns they are printed from are those picked from
every column of its codings.

The summary hands ``analysis.frames.quotes`` only the columns it gives back
(``summary_build._quoted``); the others (layer, origin, created_at) were sorted and joined
with every passage for nothing. Dropping them must change nothing, even where a document
attribute bears one of their names: both are compared on generated codings."""

from __future__ import annotations

from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.analysis.frames import quotes
from qualcode.project.summary_build import _quoted

COLUMNS = ["id", "document", "document_name", "start", "end", "code", "coder", "layer"]
COLUMNS += ["origin", "created_at", "text", "words"]  # as Project.frames() gives them
CODING = st.fixed_dictionaries(
    {
        "document": st.sampled_from(["d1", "d2", "d3"]),
        "start": st.integers(0, 60),
        "length": st.integers(1, 30),
        "coder": st.sampled_from(["anna", "bo"]),
        "words": st.integers(0, 50),
        "layer": st.sampled_from(["coder", "consensus"]),
    }
)


@settings(max_examples=100, deadline=None)
@given(
    rows=st.lists(CODING, max_size=25),
    speakers=st.lists(st.sampled_from(["Anna", "Intervjuare", "Bo"]), min_size=3, max_size=3),
    asking=st.sets(st.tuples(st.sampled_from(["d1", "d2"]), st.sampled_from(["Anna", "Bo"]))),
)
def test_the_quotes_of_fewer_columns_are_the_same(
    rows: list[dict[str, Any]], speakers: list[str], asking: set[tuple[str, str]]
) -> None:
    codings = pd.DataFrame(
        [
            {
                **r,
                "end": r["start"] + r.pop("length"),
                "id": f"k{i}",
                "code": "trust",
                "document_name": f"{r['document']}.txt",
                "origin": "manual",
                "created_at": f"2026-12-0{i % 9 + 1}",
                "text": "ord " * r["words"],
            }
            for i, r in enumerate(rows)
        ],
        columns=COLUMNS,
    )
    documents = pd.DataFrame(
        {
            "id": ["d1", "d2", "d3"],
            "name": ["d1.txt", "d2.txt", "d3.txt"],
            "municipality": ["Åby", None, "Ekstad"],
            "role": ["chef", "HR-strateg", None],
            "interviewer": ["Intervjuare", "", None],
            "layer": ["a", "b", "c"],  # an attribute named as a dropped column
        }
    )
    turns = pd.DataFrame(
        {
            "document": ["d1", "d1", "d2", "d3"],
            "turn": [0, 1, 0, 0],
            "speaker": [speakers[0], speakers[1], speakers[2], None],
            "start": [0, 30, 5, 0],
            "end": [30, 90, 90, 90],
        }
    )
    full = quotes(codings, documents, turns=turns, asking=asking)
    narrow = quotes(_quoted(codings), documents, turns=turns, asking=asking)
    pd.testing.assert_frame_equal(narrow, full)

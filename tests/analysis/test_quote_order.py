"""A code's quotes are its passages longest first, each passage once
(``analysis.frames._longest_first``): sorted and told apart by integer codes of the code,
document, words, start and end (perf41), they must come out as pandas' sort of the
columns and its dropping of duplicates gave them, ties in their order and the first of
two coders' same passage kept, on generated frames full of ties and on the demo's."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode import Project
from qualcode.analysis.frames import _longest_first, quotes

ROW = st.tuples(
    st.sampled_from(["trust", "integration", "Ärende", "b"]),
    st.sampled_from(["d2", "d1", "d10"]),
    st.integers(0, 4),
    st.integers(0, 3),
    st.integers(3, 5),
)


def _as_pandas_did(data: pd.DataFrame) -> pd.DataFrame:
    data = data.sort_values(["code", "words", "start"], ascending=[True, False, True])
    return data.drop_duplicates(["code", "document", "start", "end"])


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(ROW, max_size=40))
def test_longest_first_as_pandas_sorted_them(rows: list[tuple[str, str, int, int, int]]) -> None:
    frame = pd.DataFrame(rows, columns=["code", "document", "words", "start", "end"])
    frame = frame.astype({c: np.int64 for c in ("words", "start", "end")})
    frame = frame.assign(coder=[f"c{i}" for i in range(len(frame))])
    frame.index = frame.index * 3  # labels apart from positions, as a theme's slice has them
    pd.testing.assert_frame_equal(_longest_first(frame), _as_pandas_did(frame))


def test_a_frame_with_a_gap_is_sorted_as_before() -> None:
    frame = pd.DataFrame(
        {
            "code": ["a", "a", None],
            "document": ["d", "d", "d"],
            "words": [1.0, float("nan"), 2.0],
            "start": [0, 0, 1],
            "end": [3, 3, 4],
        }
    )
    pd.testing.assert_frame_equal(_longest_first(frame), _as_pandas_did(frame))


def test_the_demos_quotes_are_in_the_order_they_were(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        frames = project.frames(layer="coder")
    codings, documents = frames["codings"], frames["documents"]
    assert len(codings) > 100
    pd.testing.assert_frame_equal(_longest_first(codings), _as_pandas_did(codings))
    for code in sorted(set(codings["code"])):
        mine = codings[codings["code"] == code]
        assert len(quotes(mine, documents)) == len(_as_pandas_did(mine))

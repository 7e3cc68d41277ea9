"""A summary finds each theme's codings once for all themes (``summary_build.code_rows``,
perf42) instead of comparing every coding's key per theme: each theme's rows must be the
ones the comparison took, in their order and with their labels, and a code without
codings none at all."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from qualcode import Project
from qualcode.project.summary_build import code_rows


def test_each_codes_rows_are_the_ones_its_key_picks(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        codings = project.frames(layer="coder")["codings"]
        codings = codings[codings["coder"] != "johan"]  # labels no longer 0..n-1
        keys = [c.key for c in project.store.codes.list()]
        rows = code_rows(codings)
        assert set(rows) == set(codings["code"])
        assert sum(len(r) for r in rows.values()) == len(codings)
        for key in [*keys, "no_such_code"]:
            taken = codings.iloc[rows.get(key, [])]
            pd.testing.assert_frame_equal(taken, codings[codings["code"] == key])
            assert len(set(taken["document"].tolist())) == taken["document"].nunique()

"""A chart saved without the dry-run draw is the same PNG as one saved after it.

``attribute_chart`` lays the figure out (``tight_layout``) and then leaves it no layout
engine, so ``savefig`` draws once instead of a dry run first (a fifth of each chart's CPU,
twelve charts in a .docx summary). The plain path keeps matplotlib's placeholder engine,
whose dry run must change nothing: both are drawn here from generated panels and their
bytes compared."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from qualcode.export.charts import attribute_chart

LABELS = ["Åby", "Ekstad", "HR-strateg", "$x^2$ kommun", "?", "en mycket lång kommun i norr"]


@settings(max_examples=12, deadline=None)
@given(
    counts=st.lists(st.integers(0, 500), min_size=1, max_size=6),
    second=st.lists(st.integers(0, 50), max_size=3),
    title=st.sampled_from([None, "Trust", "A theme whose name runs past sixty characters " * 2]),
    top=st.sampled_from([None, 1.0, 900.0]),
)
def test_one_draw_gives_the_plain_paths_png(
    counts: list[int], second: list[int], title: str | None, top: float | None
) -> None:
    panels = {"Coded segments by municipality": pd.Series(counts, index=LABELS[: len(counts)])}
    if second:
        panels["Coded segments by role"] = pd.Series(second, index=LABELS[: len(second)])
    limits = {k: top for k in panels} if top else None
    fast = attribute_chart(panels, title, limits)
    keep = Figure.set_layout_engine

    def kept(self: Figure, layout: object = None, **kwargs: object) -> None:
        if layout is not None:  # the plain path: the placeholder engine stays
            keep(self, layout, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Figure, "set_layout_engine", kept)
        plain = attribute_chart(panels, title, limits)
    assert fast == plain

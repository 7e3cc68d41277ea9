"""A theme's chart says what its bars count: coded segments (a coder's overlapping codings
of one code in a document are one), the figure the tables beside it head "Segments". Its
panels were titled "Codings by municipality" / "Kodningar per kommun" (eyes14: a co-author
reading the chart beside the table could not tell which figure was which)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import qualcode.project.summary_build as summary_build
from qualcode import Project

pytestmark = pytest.mark.slow  # renders a whole summary of the demo


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Coded segments by municipality", "Coded segments by role"]),
        ("sv", ["Kodade segment per kommun", "Kodade segment per roll"]),
    ],
)
def test_chart_panels_are_titled_by_what_they_plot(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: list[str]
) -> None:
    drawn: list[Mapping[str, pd.Series]] = []
    real = summary_build.attribute_chart

    def recorded(panels: Mapping[str, pd.Series], *args: Any, **kwargs: Any) -> bytes:
        drawn.append(dict(panels))
        return real(panels, *args, **kwargs)

    monkeypatch.setattr(summary_build, "attribute_chart", recorded)
    with Project.open(demo) as project:
        project.act_as("lena")
        project.export_summary(tmp_path / "s.md", layer="coder", lang=lang)
    assert drawn
    assert all(list(panels) == expected for panels in drawn)

"""The agreement tab wrote an interval as "-0.00–0.25" and a pair's alpha as "-0.00" above
a methods paragraph saying 0.00 (eyes12's five coders): a figure that rounds to nothing is
0.00, in either language, as the paragraph and the summary write it."""

from __future__ import annotations

from qualcode.tui.catalog import Catalog


def test_a_figure_rounding_to_zero_has_no_sign() -> None:
    assert Catalog("en").figure(-0.004) == "0.00"
    assert Catalog("sv").figure(-0.0004, 3) == "0,000"
    assert Catalog("en").figure(-0.006) == "-0.01"  # a real negative keeps its sign
    assert Catalog("sv").figure(-0.12) == "-0,12"

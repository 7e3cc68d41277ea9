"""The frequency pivot (moved out of the TUI): rows per code in codebook order, a column
per attribute value, totals, and nothing lost when a code left the codebook."""

from __future__ import annotations

from qualcode.analysis.pivot import MISSING, pivot


def test_rows_columns_and_totals() -> None:
    records = [
        {"code": "b", "municipality": "Åby", "segments": 2, "words": 30},
        {"code": "a", "municipality": "Ekstad", "segments": 1, "words": 12},
        {"code": "a", "municipality": None, "segments": 1, "words": 5},
        {"code": "gone", "municipality": "Åby", "segments": 1, "words": 4},
    ]
    table = pivot(records, "municipality", ["a", "b", "c"], known_values=["Norrvik"])
    assert table.codes == ["a", "b", "c", "gone"]  # uncoded c stays; retired gone comes last
    assert table.values == sorted(["Åby", "Ekstad", "Norrvik", MISSING])
    assert table.get("b", "Åby", "segments") == 2 and table.get("b", "Åby", "words") == 30
    assert table.row_total("a", "segments") == 2 and table.column_total("Norrvik", "words") == 0
    assert table.total("segments") == 5 and table.total("words") == 51


def test_without_an_attribute_one_column() -> None:
    table = pivot([{"code": "a", "segments": 3, "words": 9}], None, ["a"], everything="alla")
    assert table.values == ["alla"] and table.get("a", "alla", "segments") == 3


def test_in_order_keeps_the_known_values_order() -> None:
    """Coders as printed go in the order given, not sorted as text ("Kodare 10" before
    "Kodare 2"); a value met only in the counts follows them."""
    records = [
        {"code": "a", "coder": "Kodare 10", "segments": 1, "words": 4},
        {"code": "a", "coder": "Kodare 2", "segments": 2, "words": 8},
        {"code": "a", "coder": "ada", "segments": 1, "words": 3},
    ]
    known = ["Kodare 2", "Kodare 10", "mira"]
    table = pivot(records, "coder", ["a"], known, in_order=True)
    assert table.values == ["Kodare 2", "Kodare 10", "mira", "ada"]
    assert pivot(records, "coder", ["a"], known).values == ["Kodare 10", "Kodare 2", "ada", "mira"]

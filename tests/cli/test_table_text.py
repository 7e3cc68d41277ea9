"""A passage in a table (`code list`, `suggest`, `reconcile list`) is one line cut to its
column with an ellipsis. The three commands each cut it with their own copy of the rule,
and `suggest` and `reconcile list` cut a text that fit exactly one character short; they
now share ``output.shortened``."""

from __future__ import annotations

from qualcode.cli.output import shortened


def test_a_passage_is_one_line_cut_to_its_column() -> None:
    text = "Vi pratar\nom uppdraget.\t Ärendena är för många."
    assert shortened(text, 100) == "Vi pratar om uppdraget. Ärendena är för många."
    assert shortened(text, 12) == "Vi pratar o…" and len(shortened(text, 12)) == 12


def test_a_passage_that_fits_exactly_is_not_cut() -> None:
    assert shortened("x" * 50, 50) == "x" * 50
    assert shortened("x" * 51, 50) == "x" * 49 + "…"

"""The `suggest` table's evidence column, as a coder weighs a suggestion on a plan: the
keywords cut at 40 characters left "medarbetarenkät, personalomsättning, sju" (the word
"seven", from "sjukfrånvaro"), and a suggestion found by similarity alone (1.000) showed
an empty column. Whole keywords now, else the nearest example."""

from __future__ import annotations

from qualcode.cli.suggest import _why


def test_keywords_are_never_cut_inside_a_word() -> None:
    shown = _why({"terms": ["medarbetarenkät", "personalomsättning", "sjukfrånvaro"]})
    assert shown == "medarbetarenkät, personalomsättning, …"
    assert _why({"terms": ["dialog", "förtroendevalda"]}) == "dialog, förtroendevalda"
    assert len(_why({"terms": ["a" * 60]})) == 40


def test_without_keywords_the_nearest_example_speaks() -> None:
    nearest = "En stabil och erfaren personalgrupp är en förutsättning för gott stöd."
    shown = _why({"terms": [], "nearest": nearest})
    assert shown == "≈ En stabil och erfaren personalgrupp ä…" and len(shown) == 40
    assert _why({"terms": [], "nearest": "Kort exempel."}) == "≈ Kort exempel."
    assert _why({}) == ""

"""Margin labels where several marks share a line: a cut suggestion label keeps its "?".

Seen coding a demo transcript: a coding and a suggestion on one passage showed as
"sepa shor", two codings to the eye, where the suggestion alone is labelled "short-t?".
"""

from __future__ import annotations

from qualcode.tui.widgets.transcript import _gutter


def test_a_cut_suggestion_label_keeps_its_question_mark() -> None:
    assert _gutter(["separat", "short-t?"], 9) == "sepa sho?"
    assert _gutter(["mission?", "short-t?"], 9) == "mis? sho?"


def test_labels_that_fit_are_left_whole() -> None:
    assert _gutter(["short-t?"], 9) == "short-t?"
    assert _gutter(["sepa", "sys?"], 9) == "sepa sys?"
    assert _gutter(["separat", "short-t", "mission"], 9) == "se sh mi"  # codings: cut alike

"""Margin labels where several marks share a line: a cut suggestion label keeps its "?".

Seen coding a demo transcript: a coding and a suggestion on one passage showed as
"sepa shor", two codings to the eye, where the suggestion alone is labelled "short-t?".
"""

from __future__ import annotations

from qualcode.tui.widgets.gutter import gutter_label


def test_a_cut_suggestion_label_keeps_its_question_mark() -> None:
    assert gutter_label(["separat", "short-t?"], 9) == "sep… sho?"
    assert gutter_label(["mission?", "short-t?"], 9) == "mis? sho?"


def test_labels_that_fit_are_left_whole() -> None:
    assert gutter_label(["short-t?"], 9) == "short-t?"
    assert gutter_label(["sepa", "sys?"], 9) == "sepa sys?"
    assert gutter_label(["separat", "short-t", "mission"], 9) == "se sh mi"  # codings: cut alike


def test_a_cut_coding_label_reads_as_cut_not_as_a_word() -> None:
    """Seen coding aby_01 (eyes14): integration's label "integr…" beside a suggestion of the
    systems perspective showed as "inte sys?", and "inte" is Swedish for "not"."""
    assert gutter_label(["integr…", "system…?"], 9) == "int… sys?"
    assert gutter_label(["system…", "integr…?"], 9) == "sys… int?"


def test_a_memo_star_comes_last_and_whole() -> None:
    """A memo's "*" took a share like a code's name: "d? * e?" (eyes14)."""
    assert gutter_label(["dialog?", "*", "ekonom…?"], 9) == "di? ek? *"
    assert gutter_label(["dialog", "*"], 9) == "dialog *"
    assert gutter_label(["system…?", "*"], 9) == "system? *"  # the "?" kept, the star whole
    assert gutter_label(["*"], 9) == "*"

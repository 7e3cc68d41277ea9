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


def test_wide_characters_are_cut_by_cells_and_keep_the_cut_mark() -> None:
    """A CJK or emoji label counted one cell a character fitted on paper and was then
    cropped to the gutter by the view, its "…" lost (minor46): cut by cells, as drawn."""
    from rich.cells import cell_len

    assert gutter_label(["漢字漢字漢字…"], 9) == "漢字漢字…"
    assert gutter_label(["漢字漢字"], 9) == "漢字漢字"  # eight cells: whole
    assert gutter_label(["🔥🔥🔥🔥🔥🔥?"], 9) == "🔥🔥🔥🔥?"  # the "?" kept
    # a skin tone stays with its hand
    assert gutter_label(["👍🏽👍🏽👍🏽👍🏽👍🏽x"], 9) == "👍🏽👍🏽👍🏽👍🏽…"
    assert gutter_label(["漢字漢字", "sys?"], 9) == "漢… sys?"
    assert gutter_label(["漢字漢字漢字", "*"], 9) == "漢字漢… *"
    for label in (["漢字漢字漢字…"], ["字字字字字", "字字字字?"], ["🔥x🔥x🔥x🔥"]):
        assert cell_len(gutter_label(label, 9)) <= 9


def test_combining_marks_take_no_room() -> None:
    decomposed = "se\u0301paration"  # "sé" with the accent apart: ten cells, eleven points
    assert gutter_label([decomposed[:10]], 9) == decomposed[:10]  # nine cells drawn: whole
    assert gutter_label(["ab\u0301cdefghij"], 9) == "ab\u0301cdefgh…"

"""A cell of several lines (a rationale the lead wrote in lines) is measured as wide as its
widest line. Measured whole, the font found no glyph for the line break: matplotlib warned
'Glyph 10 missing' (9 for a tab) on every summary with such a rationale, and the breaks counted as
letters in the width the column was given."""

from __future__ import annotations

import warnings

from qualcode.export.docx_widths import text_inches


def test_a_text_of_lines_is_as_wide_as_its_widest_line() -> None:
    short, long = "Se memot.", "Karin såg perioden som en helhet."
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no 'Glyph 10 missing' warning
        both = text_inches(f"{short}\n{long}", 9, False)
    assert both == text_inches(long, 9, False)
    assert both < text_inches(f"{short} {long}", 9, False)


def test_a_tab_reaches_the_next_half_inch_stop() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no 'Glyph 9 missing' warning
        tabbed = text_inches("2024\tSe memot.", 9, False)
    assert tabbed == 0.5 + text_inches("Se memot.", 9, False)

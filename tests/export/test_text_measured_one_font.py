"""A table's texts are measured with one opened font per size and weight: each text had
its font file opened afresh (2 s CPU of a .docx summary of 1,000 documents). Measured so,
every width is the one a font opened for that text alone gives, whatever was measured
before it at another size or weight."""

from __future__ import annotations

import warnings

from matplotlib import font_manager, ft2font

from qualcode.export import docx_widths
from qualcode.export.docx_widths import text_inches

TEXTS = [
    "Kommun",
    "socialsekreterare (n=12)",
    "0.72",
    "",
    "x＝y",  # a letter DejaVu Sans lacks: measured as its box
    "Åby–Norrvik",
    "förvaltningschef",
    "WW iii",
    "Integration",
]


def _alone(text: str, size: int, bold: bool) -> float:
    """The width measured with a font opened for this text alone."""
    weight = "bold" if bold else "normal"
    font = ft2font.FT2Font(
        font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight=weight))
    )
    font.set_size(size, 72)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        font.set_text(text)
    return float(font.get_width_height()[0]) / 64 / 72


def test_every_width_is_the_one_a_font_of_its_own_gives() -> None:
    text_inches.cache_clear()
    docx_widths._font.cache_clear()
    asked = [(t, size, bold) for size in (9, 7, 8) for bold in (False, True) for t in TEXTS]
    asked += list(reversed(asked))  # each font measured other texts in between
    for text, size, bold in asked:
        text_inches.cache_clear()  # measured again, by the font opened once
        assert text_inches(text, size, bold) == _alone(text, size, bold), (text, size, bold)
    assert docx_widths._font.cache_info().misses == 6  # a font per size and weight

"""next_match: the unit after the cursor holding the words, numbered among the units that
hold them (a unit holding the words twice is one match), wrapping to the first."""

from __future__ import annotations

from qualcode.project.find_in_document import DocumentMatch, next_match

TEXT = "Kaffe var gott. Vi drack kaffe och kaffe igen. Sen regnade det. Mer KAFFE."
UNITS = [(0, 15), (16, 46), (47, 63), (64, 74)]


def test_units_not_occurrences_are_counted() -> None:
    first = next_match(TEXT, "kaffe", UNITS, 0)
    assert first == DocumentMatch(TEXT.index("kaffe och"), 2, 3)
    assert next_match(TEXT, "kaffe", UNITS, 1) == DocumentMatch(TEXT.index("KAFFE"), 3, 3)


def test_after_the_last_it_wraps_to_the_first() -> None:
    assert next_match(TEXT, "kaffe", UNITS, 3) == DocumentMatch(0, 1, 3)


def test_no_unit_holds_the_words_or_nothing_asked() -> None:
    assert next_match(TEXT, "te", UNITS, 0) is None
    assert next_match(TEXT, "", UNITS, 0) is None


def test_offsets_stay_in_the_text_after_a_dotted_capital_i() -> None:
    # 'İ'.lower() is two code points; a search on lowered text lands one place late per 'İ'.
    text = "Hon flyttade från İzmir. Sen bodde hon i İstanbul med Aylin."
    units = [(0, 24), (25, 60)]
    assert next_match(text, "aylin", units, 0) == DocumentMatch(text.index("Aylin"), 1, 1)
    assert next_match(text, "istanbul", units, 0) == DocumentMatch(text.index("İstanbul"), 1, 1)


def test_sharp_s_capital_matches_its_small_letter() -> None:
    # 'ẞ'.lower() is 'ß' (one code point): held by lowering and by the pattern alike.
    text = "Han bor på GROẞE gatan."
    assert next_match(text, "große", [(0, len(text))], 0) == DocumentMatch(11, 1, 1)

"""Where one character a reader sees ends (``qualcode.graphemes``): real strings whose
characters are several code points, against the places a reader would put the cursor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualcode.graphemes import boundary, whole_characters

THUMB = "👍🏽"  # a thumbs-up and its skin tone
FAMILY = "👩\u200d👩\u200d👧"  # three people joined by two zero-width joiners
FLAGS = "🇸🇪🇫🇮"  # two flags, each two regional letters
SPINAL = "Spın̈al"  # n with a diaeresis Unicode has no composed letter for


def _places(text: str) -> list[int]:
    return [at for at in range(len(text) + 1) if boundary(text, at)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (THUMB, [0, 2]),
        ("e\u0301", [0, 2]),  # e and a combining acute, as a Mac may write é
        (FAMILY, [0, 5]),
        (FLAGS, [0, 2, 4]),
        ("\r\n", [0, 2]),
        (SPINAL, [0, 1, 2, 3, 5, 6, 7]),
        ("क्षि", [0, 4]),  # a Devanagari conjunct with its vowel sign
        ("\u1100\u1161\u11a8", [0, 3]),  # a Hangul syllable written as its three jamo
        ("ab, c", [0, 1, 2, 3, 4, 5]),  # plain text: every offset
        ("a\u200db", [0, 2, 3]),  # a joiner between letters joins nothing after it
        ("\u0301a", [0, 1, 2]),  # a mark with no letter stands alone
    ],
)
def test_the_places_between_characters(text: str, places: list[int]) -> None:
    assert _places(text) == places


def test_a_span_widens_to_the_characters_it_touches() -> None:
    text = f"ja {THUMB} och {FAMILY}."
    thumb, family = text.index(THUMB), text.index(FAMILY)
    assert whole_characters(text, 0, thumb + 1) == (0, thumb + 2)  # the tone goes along
    assert whole_characters(text, family + 2, family + 3) == (family, family + 5)
    assert whole_characters(text, 0, 2) == (0, 2)  # whole already: as given


def test_offsets_outside_the_text_are_left_for_the_range_check() -> None:
    assert whole_characters(THUMB, -3, 9) == (-3, 9)


def test_a_hostile_run_is_read_to_its_end() -> None:
    """Ten thousand flags or marks in a row: the flags pair off from the first, however
    far in a span ends, and a span inside the marks takes the one character they make."""
    flags = "🇸🇪" * 5_000
    assert whole_characters(flags, 3, 5) == (2, 6)
    assert whole_characters(flags, 9_001, 9_003) == (9_000, 9_004)
    marks = "a" + "\u0301" * 10_000 + "b"
    assert whole_characters(marks, 5, 6) == (0, 10_001)


# letters, marks, joiners, skin tones, regional letters, emoji, Hangul jamo, a virama
_PIECES = "ae\u0301\u0308\u200d\u200c🏽🇸🇪👍👩👧\u1100\u1161\u11a8क\u094dष\n "


@given(st.text(alphabet=_PIECES, max_size=24), st.integers(0, 24), st.integers(0, 24))
def test_a_span_widens_to_the_nearest_places_outside_it(text: str, a: int, b: int) -> None:
    """Widened, a span starts and ends between characters, holds all it held, reaches no
    further than the nearest such places, and is widened no more a second time."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    wide_start, wide_end = whole_characters(text, start, end)
    assert wide_start <= start and end <= wide_end
    assert boundary(text, wide_start) and boundary(text, wide_end)
    assert not any(boundary(text, at) for at in range(wide_start + 1, start + 1))
    assert not any(boundary(text, at) for at in range(end, wide_end))
    assert whole_characters(text, wide_start, wide_end) == (wide_start, wide_end)

"""A place's pseudonym that ends a sentence ends that unit, as the real name did.

qualcode prints places as "Kommun A", "Municipality A", "Ort B", "Place B", "Arbetsplats C". A
pseudonymised .qdpx read back into a new project holds "... i Kommun A. Hur ser ...", and
spaCy keeps "A." as one word (an initial), so the two sentences were one unit where the
original text ("... i Hälleby. Hur ser ...") had two: the units, and with them the study's
agreement, changed on the round trip (study48). Sentences written for the test.
"""

from __future__ import annotations

import pytest

from qualcode.nlp.units import segment


def _units(text: str, lang: str) -> list[str]:
    return [text[u.start : u.end] for u in segment(text, [], lang)]


@pytest.mark.parametrize(
    ("real", "printed", "lang"),
    [
        (
            "Du är chef i Hälleby. Hur ser din arbetsbelastning ut?",
            "Du är chef i Kommun A. Hur ser din arbetsbelastning ut?",
            "sv",
        ),
        (
            "Vi flyttade till Norrsjö. Där fanns ingen mottagning.",
            "Vi flyttade till Ort B. Där fanns ingen mottagning.",
            "sv",
        ),
        (
            "She moved to Kingsmere. How did the team manage?",
            "She moved to Municipality B. How did the team manage?",
            "en",
        ),
        (
            "She works at Riverside House. It helps, she said.",
            "She works at Workplace AB. It helps, she said.",
            "en",
        ),
        (
            "Hon arbetar på Björkgården. Där är det lugnt.",
            "Hon arbetar på Arbetsplats C. Där är det lugnt.",
            "sv",
        ),
    ],
)
def test_a_pseudonymised_text_has_the_units_of_its_original(
    real: str, printed: str, lang: str
) -> None:
    assert len(_units(real, lang)) == 2
    assert len(_units(printed, lang)) == 2
    assert _units(printed, lang)[0].endswith((" A.", " B.", " C.", " AB."))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jag pratade med A. Lindqvist igår.", "sv"),  # an initial, not a place
        ("In Municipality A. the staff were fewer.", "en"),  # no capital after it: no new sentence
        ("Ring Anna A. Berg om det.", "sv"),  # a middle initial after a first name
    ],
)
def test_an_initial_or_a_lower_case_word_after_it_keeps_one_unit(text: str, lang: str) -> None:
    assert _units(text, lang) == [text]

"""An English report's or debate's abbreviation ends no sentence: "the hon. Member",
"(para. 4)", "approx. 5 per cent" were cut in two units. Sentences written for the test."""

from __future__ import annotations

import pytest

from qualcode.nlp.units import segment


def _units(text: str, lang: str) -> list[str]:
    return [text[u.start : u.end] for u in segment(text, [], lang)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I thank the hon. Member for raising the pressures on children's services.",
        "My right hon. Friend the Minister has met the Rt. Hon. Member twice.",
        "Cllr. Jones chairs the scrutiny committee.",
        "The council set out its plans in the annex (para. 4).",
        "Caseloads rose by approx. 5 per cent in a year.",
        "The Dept. of Health agreed to publish the workforce plan.",
    ],
)
def test_an_english_abbreviation_stays_inside_its_sentence(sentence: str) -> None:
    text = sentence + " Then the debate moved on."
    assert _units(text, "en") == [sentence, "Then the debate moved on."]


def test_the_swedish_hon_still_ends_a_sentence() -> None:
    # "hon" is "she" in Swedish, and ends many a sentence of talk
    assert _units("Det var hon. Sedan gick hon.", "sv") == ["Det var hon.", "Sedan gick hon."]

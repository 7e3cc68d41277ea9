"""A footnote's number glued to a sentence's full stop ends that sentence.

A report exported from PDF keeps its footnote markers inside the text, "... social
care.1 We also ...": spaCy reads "care.1" as one word and ran the two sentences into one
unit, so a finding and the sentence after it got one score between them. Sentences
written for the test.
"""

from __future__ import annotations

import pytest

from qualcode.nlp.units import segment


def _units(text: str, lang: str = "en") -> list[str]:
    return [text[u.start : u.end] for u in segment(text, [], lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We heard how councils run children's services.1 We also heard from two charities.",
            [
                "We heard how councils run children's services.1",
                "We also heard from two charities.",
            ],
        ),
        (
            "Spending rose to £95 million from £46 million years ago.3 Nationally, it rose less.",
            [
                "Spending rose to £95 million from £46 million years ago.3",
                "Nationally, it rose less.",
            ],
        ),
        (  # after a year, and after a number with thousands separators
            "The target was not met since 2016.3 Yet demand grows by 105,000.1 New posts wait.",
            [
                "The target was not met since 2016.3",
                "Yet demand grows by 105,000.1",
                "New posts wait.",
            ],
        ),
        (  # after a closing quotation mark, before an opening one
            "She called it ‘a crisis’.12 “We cannot wait,” she said.",
            ["She called it ‘a crisis’.12", "“We cannot wait,” she said."],
        ),
    ],
)
def test_a_footnote_number_ends_its_sentence(text: str, expected: list[str]) -> None:
    assert _units(text) == expected


def test_a_swedish_report_footnote_too() -> None:
    text = "Det hade inte rapporterats i någon verksamhet.142 Enligt tillsynen var det vanligt."
    assert _units(text, "sv") == [
        "Det hade inte rapporterats i någon verksamhet.142",
        "Enligt tillsynen var det vanligt.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation was 6.5 Percent above the target.",  # a decimal, not a footnote
        "Se avsnitt 3.2 Bakgrund för en översikt.",  # a section number
        "The costs in 2019.5 were lower than expected.",  # no capital after it
        "Waiting lists grew by 3.2 Million in a year.",
    ],
)
def test_decimals_and_section_numbers_stay_inside_their_sentence(text: str) -> None:
    assert _units(text, "sv" if text.startswith("Se ") else "en") == [text]


@pytest.mark.parametrize(
    ("text", "lang"),
    [  # a chapter, paragraph or figure number after its abbreviation: no footnote
        ("Nämnden hänvisar till SoL kap.1 Socialnämnden ansvarar enligt lagen.", "sv"),
        ("Reglerna står i bilagan, bil.2 Lokala rutiner beskrivs där.", "sv"),
        ("The guidance in ch.3 The council should follow it closely.", "en"),
        ("As para.4 Local plans explains, each area sets its own.", "en"),
        ("The trend is clear in fig.2 Waiting times rose every year.", "en"),
    ],
)
def test_a_numbered_reference_after_its_abbreviation_is_no_footnote(text: str, lang: str) -> None:
    assert _units(text, lang) == [text]

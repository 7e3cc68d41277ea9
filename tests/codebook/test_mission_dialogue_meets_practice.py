"""Mission dialogue is where the political assignment meets practice, in both languages.

DOMAIN.md's first turning point is the dialogue between the political assignment and the
work: politicians, managers at every level and social workers talking about what the
mission is and what is possible. The bundled definition listed who meets and what happens
at each end (orders from above, visits, managers carrying views both ways) but never said
what the code is about as a whole, so a sentence in which a politician, a manager or a
member of staff speaks of the assignment and the practice in other words than the
examples' had only the list to be near. One sentence now says it, in Swedish and in
English (stop 41, engine41b, ``benchmarks/SUGGEST.md``: dev ten-row mean 0.6367 -> 0.6386
tier on, held out 0.3840 -> 0.3874). The engine reads a code's definition and inclusion as
one profile item, so the test asks that item, not only the YAML field.
"""

from __future__ import annotations

import pytest

from qualcode.codebook import load_codebook
from qualcode.nlp.similarity import codebook_profile
from tests.conftest import ROOT

BOOK = ROOT / "codebooks" / "turning_points.yaml"

# what the definition must say in each language: the assignment and the practice meeting,
# and that it is the people of the chain themselves who talk about the mission
SAID = {
    "sv": ("politiska uppdraget och praktiken möts", "själva talar om uppdraget"),
    "en": ("political assignment and practice meet", "themselves talk about the mission"),
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_definition_says_where_the_assignment_meets_practice(lang: str) -> None:
    code = next(c for c in load_codebook(BOOK).codes if c.key == "mission_dialogue")
    text = " ".join(code.definitions[lang].split())
    for phrase in SAID[lang]:
        assert phrase in text, (lang, phrase)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_engine_reads_it_in_the_codes_profile(lang: str) -> None:
    codes = load_codebook(BOOK).engine_codes()
    items = [
        i
        for i in codebook_profile(codes)
        if i.code == "mission_dialogue" and i.lang == lang and i.kind == "definition"
    ]
    assert len(items) == 1
    text = " ".join(items[0].text.split())
    for phrase in SAID[lang]:
        assert phrase in text, (lang, phrase)
    # and it is said of mission dialogue alone
    others = [i for i in codebook_profile(codes) if i.code != "mission_dialogue"]
    assert not any(SAID[lang][0] in " ".join(i.text.split()) for i in others)

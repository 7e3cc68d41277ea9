"""A place that is a common word, or that stands only in a short line, is proposed.

The finder skipped every capital at a sentence's start and every word any text writes in
lower case, so a village called Backe, Ed or Mora was never proposed where it was all of a
turn ("Var bor du?" - "R: Backe."), opened one ("R: I Mora."), or stood after "i" in one
interview while another swore "en ed": every export printed it. A capital is read now as a
place where a short line answers a question asking where, after a capitalised "I" or "På",
and after "i" or "på" though the word is also a word (then the lead is asked, ``also_word``);
a short line's word that is no common word is proposed as any unknown capital is. A short
answer to any other question ("Bra.") and a heading of common words still name no one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from qualcode.export.names import NameCandidate, find_names
from qualcode.project.common_words import common_compounds, ordinary_words


@pytest.fixture(scope="module")
def finder() -> Callable[[Mapping[str, str]], dict[str, NameCandidate]]:
    ordinary, compound = ordinary_words(), common_compounds()  # as `pseudonym suggest`

    def found(texts: Mapping[str, str]) -> dict[str, NameCandidate]:
        return {c.word: c for c in find_names(texts, (), ordinary, compound=compound)}

    return found


Finder = Callable[[Mapping[str, str]], dict[str, NameCandidate]]


def test_a_one_word_answer_to_where_is_a_place(finder: Finder) -> None:
    text = (
        "I: Var bor du?\nR: Backe.\n"
        "I: Varifrån kommer du?\n\nR: Hjo\n"
        "I: Hur var det där?\nR: Bra.\n"
        "I: Var det svårt?\nR: Absolut.\n"
    )
    found = finder({"ip1.txt": text})
    assert found["Backe"].kind == "place" and found["Hjo"].kind == "place", found
    assert not {"Bra", "Absolut"} & set(found)


def test_a_capitalised_preposition_opens_a_place(finder: Finder) -> None:
    found = finder({"ip1.txt": "I: Och innan dess?\nR: I Mora.\nR: På Ed, sedan.\n"})
    assert found["Mora"].kind == "place" and found["Ed"].kind == "place", found


def test_a_place_also_written_as_a_word_is_asked_of(finder: Finder) -> None:
    texts = {
        "ip1.txt": "R: Vi flyttade och jobbar i Ed nu, det är lugnt.\n",
        "ip2.txt": "R: Han svor en ed på det, och sen gick vi uppför en backe.\n",
    }
    found = finder(texts)
    assert found["Ed"].kind == "place" and found["Ed"].also_word, found  # the lead decides


def test_a_short_line_that_is_no_common_word_is_proposed(finder: Finder) -> None:
    text = "Tibro\n\nVerksamheten har vuxit under året och fler har anställts.\n\nBakgrund\n"
    found = finder({"plan.txt": text})
    assert "Tibro" in found
    assert "Bakgrund" not in found and "Verksamheten" not in found


def test_a_heading_ending_in_person_is_no_surname(finder: Finder) -> None:
    """ "Intervjuperson" and "Kontaktperson" end in "-son" as "Karlsson" does: read as
    surnames, a transcript's headings were proposed as people."""
    text = "Intervjuperson\n\nHon har arbetat här länge.\n\nKontaktperson\n\nSe nedan.\n"
    found = finder({"ip1.txt": text})
    assert not {"Intervjuperson", "Kontaktperson"} & set(found), found
    assert "Karlsson" in finder({"ip2.txt": "Hon pratade med Karlsson om det igår.\n"})


def test_an_inflected_common_word_after_i_is_no_place(finder: Finder) -> None:
    """ "i Socialtjänsten", "på Gruppen": an organisation or a common noun in its definite
    form, capitalised by the transcriber; where the texts also write it in small letters
    it is the word, and was proposed as a place to ask of. A base form ("i Ed") still is."""
    texts = {
        "ip1.txt": "R: Vi jobbar i Socialtjänsten och sitter i Gruppen. Jag bor i Ed.\n",
        "ip2.txt": "R: socialtjänsten och gruppen hjälper, han svor en ed på det.\n",
    }
    found = finder(texts)
    assert "Ed" in found and not {"Socialtjänsten", "Gruppen"} & set(found), found

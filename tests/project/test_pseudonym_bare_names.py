"""A name standing alone inside a sentence is proposed, and a sentence's first function
word is no part of the name after it (study45).

`pseudonym suggest` proposed "When Tom", "When" and "Tom" for "When Tom was late ...", the
sentence's capital "When" joined to the name; and nothing for "min arbetskamrat Sirpa ringer
alltid", the lemma tables listing "sirpa" (a verb), so Sirpa went out in every export and
no note named her. A capital word between small words with no article before it is a name
candidate, a common word of the tables or not; one after an article ("from the Panel") or
after a comma ("came, Built on trust"), a body's ("Hem för Vård och Boende") and a
common word's genitive ("Statens institutionsstyrelse") are not.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with
from tests.project.name_proposal_kit import proposed, sv_and_en

EN = (
    "I: How did your team deal with that?\n\n"
    "R: We covered for each other. When Tom was late I took his lunch visit.\n"
    "An MP from the Panel spoke to us. The report came, Built on trust as it was.\n"
)
SV = (
    "I: Vad hjälpte dig då?\n\n"
    "R: Kollegorna. Min arbetskamrat Sirpa ringer alltid om jag ligger efter.\n"
    "När Tove kom tillbaka blev det lättare. Olle Thorell har frågat om det också.\n"
    "Vi ringde Statens institutionsstyrelse och ett Hem för Vård och Boende.\n"
)


def test_a_name_between_small_words_is_proposed_alone(tmp_path: Path) -> None:
    with sv_and_en(tmp_path / "p.db", SV, EN) as project:
        found = proposed(project)
        off = project.names_off_key("lena")
    assert {"Tom", "Sirpa", "Tove"} <= set(found), sorted(found)
    assert not {"When Tom", "When", "När Tove", "När"} & set(found), sorted(found)
    assert not {"Panel", "Built", "Statens", "Hem", "Vård"} & set(found), sorted(found)
    # a whole name opening a sentence stays whole, though "olle" is in the lemma tables
    assert "Olle Thorell" in found, sorted(found)
    # the exports' note names each as the texts write it, not "When Tom"
    assert {"Tom", "Sirpa"} <= set(off) and "When Tom" not in off, off


def test_a_function_word_opening_a_sentence_is_no_part_of_a_name(tmp_path: Path) -> None:
    """Each language alone: the Swedish "Om" and the English "If" opening a sentence."""
    sv = "I: Vem ringer?\n\nR: Om Sirpa ringer svarar jag alltid.\n"
    en = "I: Who helps?\n\nR: If Tom is late I take his visit.\n"
    for name, text, lang in (("sv.txt", sv, "sv"), ("en.txt", en, "en")):
        with project_with(tmp_path / f"{lang}.db") as project:
            project.import_text(name, text, lang=lang)
            found = set(proposed(project))
        assert not {"Om Sirpa", "Om", "If Tom", "If"} & found, found
        assert found & {"Sirpa", "Tom"}, found

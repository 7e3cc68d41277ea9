"""A letter's contact line names its writer, then writes her name again in lower case in
her e-mail address; read as prose, the address made "Anna" and "Lindqvist" ordinary words,
and the one person a council's document names was never proposed for the key (eyes11)."""

from __future__ import annotations

from qualcode.export.names import find_names

LETTER = (
    "Tjänsteutlåtande\nUtfärdat 2016-05-02\n"
    "Anna Lindqvist, telefon 031-123 45 67, e-post: anna.lindqvist@stadshuset.exempel.se\n\n"
    "Förslag till beslut om arbetsmiljön i socialtjänsten.\n"
    "Mer finns på www.exempel.se/lindqvist och hos Bengt Rask.\n"
)


def test_a_name_written_in_an_address_is_still_proposed() -> None:
    found = {c.word: c.kind for c in find_names({"brev.txt": LETTER})}
    assert found.get("Anna") == "person" and found.get("Lindqvist") == "person", found
    assert found.get("Rask") == "person", found


def test_a_word_the_prose_writes_in_lower_case_is_still_no_name() -> None:
    text = "Vi pratade om Arbete.\nArbete är viktigt, sa hon, och arbete tar tid.\n"
    assert "Arbete" not in {c.word for c in find_names({"a.txt": text})}

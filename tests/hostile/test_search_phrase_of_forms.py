"""A phrase of words with forms that fails at its last word (red-teamed by search39).

Each word of a term finds its forms, and the letters of one form can be shared out among a
base and an ending in several ways ("ärenden", "ärende|n", "ärend|en"). A phrase of 24
words "ärende" searched in 23 "ärenden" and an "x" made the regex engine try every sharing
of every word before giving up: three times longer with each word, hours at 24 (the TUI's
search worker busy meanwhile, a `qualcode search` never answering). A word's forms now reach
their word end once.
"""

from __future__ import annotations

from qualcode.project.search_terms import term_pattern


def test_a_long_phrase_of_forms_fails_at_once_and_still_finds_its_words() -> None:
    pattern = term_pattern([" ".join(["ärende"] * 24)], lang="sv")
    assert pattern.search("ärenden " * 23 + "x") is None
    found = pattern.search("Hon sa: " + "ärenden " * 23 + "ärendena.")
    assert found is not None and found.group().endswith("ärenden ärendena")


def test_a_phrase_takes_a_compounds_first_part_and_a_forms_ending() -> None:
    pattern = term_pattern(["ärende ärende"], lang="sv")
    text = "ärenden ärendemängden, ärendet ärenden"
    assert [m.group() for m in pattern.finditer(text)] == ["ärenden ärende", "ärendet ärenden"]

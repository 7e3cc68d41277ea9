"""The coding screen's search in a document (`/`) reads wildcards as every other search
does (``*`` any letters, ``?`` one): "ärende*" found nothing in a transcript full of
"ärenden" (eyes43). What is there as typed is found as typed, so a question is still
found by its question mark."""

from __future__ import annotations

from qualcode.project.find_in_document import DocumentMatch, next_match

TEXT = "Hon fick trettio ärenden. Var läste du? Personalärendet tog tid. Inget här."
UNITS = [(0, 25), (26, 39), (40, 64), (65, 75)]


def test_a_star_finds_the_words_it_stands_for() -> None:
    first = next_match(TEXT, "ärende*", UNITS, -1)
    assert first == DocumentMatch(TEXT.index("ärenden"), 1, 2)
    assert next_match(TEXT, "personal*det", UNITS, 0) == DocumentMatch(40, 1, 1)
    assert next_match(TEXT, "tr?ttio", UNITS, -1) == DocumentMatch(TEXT.index("trettio"), 1, 1)


def test_a_question_mark_typed_is_found_as_typed() -> None:
    assert next_match(TEXT, "läste du?", UNITS, -1) == DocumentMatch(TEXT.index("läste"), 1, 1)


def test_wildcards_alone_find_nothing() -> None:
    assert next_match(TEXT, "**", UNITS, -1) is None
    assert next_match(TEXT, "ärendx*", UNITS, -1) is None

"""Titles in a debate's record and a letter's signature are no names: "the Speaker or
Deputy Speaker", a Swedish minister's one-word title ("Arbetsmarknadsminister Eva Berg",
"Socialtjänstminister ..."), an "Ekonom" signing a letter and its "Direkt telefon" were
proposed for the key, beside the people they stand next to, who still are."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qualcode.export.names import find_names
from qualcode.project.common_words import ordinary_words

Ordinary = Callable[[str], bool]


@pytest.fixture(scope="module")
def ordinary() -> Ordinary:  # the real lemma tables, read once
    return ordinary_words()


def _found(text: str, ordinary: Ordinary) -> set[str]:
    return {c.word for c in find_names({"doc.txt": text}, (), ordinary)}


def test_an_english_debates_titles_name_no_one(ordinary: Ordinary) -> None:
    text = (
        "The sitting was chaired by the Speaker, and later by the Deputy Speaker.\n"
        "Mr Speaker, I thank Helen Marsh for her question about Leeds.\n"
    )
    found = _found(text, ordinary)
    assert not found & {"Speaker", "Deputy"}
    assert {"Helen", "Marsh", "Leeds"} <= found


def test_swedish_titles_in_a_debate_and_a_letter_name_no_one(ordinary: Ordinary) -> None:
    text = (
        "Anf. 3 Arbetsmarknadsminister Eva Berglund (M)\n"
        "Herr talman! Jag tackar Socialtjänstminister Per-Olof Lindqvist för frågan.\n\n"
        "Handläggare Direkt telefon Vår beteckning\n"
        "Med vänlig hälsning Siv Granqvist Ekonom Socialförvaltningen\n"
    )
    found = _found(text, ordinary)
    assert not found & {"Arbetsmarknadsminister", "Socialtjänstminister", "Direkt", "Ekonom"}
    assert {"Eva", "Berglund", "Per-Olof", "Lindqvist", "Siv", "Granqvist"} <= found

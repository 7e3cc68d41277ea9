"""Titles in a debate's record and a letter's signature are no names: "the Speaker or
Deputy Speaker", a Swedish minister's one-word title ("Arbetsmarknadsminister Eva Berg",
"Socialtjänstminister ..."), an "Ekonom" signing a letter and its "Direkt telefon" were
proposed for the key, beside the people they stand next to, who still are."""

from __future__ import annotations

from tests.export.names_found_kit import names_found


def test_an_english_debates_titles_name_no_one() -> None:
    text = (
        "The sitting was chaired by the Speaker, and later by the Deputy Speaker.\n"
        "Mr Speaker, I thank Helen Marsh for her question about Leeds.\n"
    )
    found = names_found(text)
    assert not found & {"Speaker", "Deputy"}
    assert {"Helen", "Marsh", "Leeds"} <= found


def test_swedish_titles_in_a_debate_and_a_letter_name_no_one() -> None:
    text = (
        "Anf. 3 Arbetsmarknadsminister Eva Berglund (M)\n"
        "Herr talman! Jag tackar Socialtjänstminister Per-Olof Lindqvist för frågan.\n\n"
        "Handläggare Direkt telefon Vår beteckning\n"
        "Med vänlig hälsning Siv Granqvist Ekonom Socialförvaltningen\n"
    )
    found = names_found(text)
    assert not found & {"Arbetsmarknadsminister", "Socialtjänstminister", "Direkt", "Ekonom"}
    assert {"Eva", "Berglund", "Per-Olof", "Lindqvist", "Siv", "Granqvist"} <= found

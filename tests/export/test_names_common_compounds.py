"""A Swedish compound of common words standing capitalised as a section heading, a
contents line or after "till" in a title ("4 Omvärldsanalys... 22", "Förutsättningar till
Flerårsplan") is not proposed as a name: the lemma table seldom lists a compound whole,
so a municipal plan's headings were offered for the key, and a lead who keyed them had
every export print a pseudonym for the word. Names that are compounds of words too
("Göteborg", "Bergström") and names no table splits ("Vallentuna") are still proposed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.export.names import find_names
from qualcode.project.common_words import common_compounds, ordinary_words
from tests.conftest import project_with

Ask = Callable[[str], bool]

PLAN = (
    "Underlag till Verksamhetsplan - Stöd och omsorg\n\n"
    "Innehåll\n\n"
    "1 Ansvarsområde... 3\n\n"
    "2 Omvärldsanalys... 7\n\n"
    "2.1 Framåtblick... 9\n\n"
    "1 Ansvarsområde\n\n"
    "Enheten leds av Siv Granqvist, som kom från Vallentuna. Hon har arbetat i Göteborg "
    "med Bergström och i Borlänge.\n"
)


@pytest.fixture(scope="module")
def asks() -> tuple[Ask, Ask]:  # the real lemma tables, read once
    return ordinary_words(), common_compounds()


def test_headings_compounds_of_common_words_are_no_names(asks: tuple[Ask, Ask]) -> None:
    ordinary, compound = asks
    found = {c.word for c in find_names({"plan.txt": PLAN}, (), ordinary, compound=compound)}
    assert not found & {"Ansvarsområde", "Omvärldsanalys", "Framåtblick", "Verksamhetsplan"}
    assert {"Siv", "Granqvist", "Vallentuna", "Göteborg", "Bergström", "Borlänge"} <= found


def test_the_compounds_are_split_into_the_tables_words(asks: tuple[Ask, Ask]) -> None:
    _, compound = asks
    assert compound("omvärldsanalys") and compound("framåtblick") and compound("flerårsplan")
    assert not compound("vallentuna") and not compound("granqvist") and not compound("qxzvbrk")


def test_a_compound_used_as_a_name_is_still_proposed(asks: tuple[Ask, Ask]) -> None:
    ordinary, compound = asks
    text = "Vi träffade Mona Skogsgläntan igår. Sedan åkte vi vidare.\n"
    found = {c.word for c in find_names({"a.txt": text}, (), ordinary, compound=compound)}
    assert {"Mona", "Skogsgläntan"} <= found


def test_a_compound_written_so_in_a_sentence_is_a_name(asks: tuple[Ask, Ask]) -> None:
    ordinary, compound = asks
    heading = "Innehåll\n\n3 Stenåker... 12\n\n"
    sentence = "Samarbetet med Stenåker fortsätter nästa år.\n"
    assert "Stenåker" not in {
        c.word for c in find_names({"a.txt": heading}, (), ordinary, compound=compound)
    }
    found = find_names({"a.txt": heading + sentence}, (), ordinary, compound=compound)
    assert "Stenåker" in {c.word for c in found}


def test_an_export_does_not_ask_to_key_the_headings(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("plan.txt", PLAN)) as project:
        off_key = project.names_off_key("lena")
    assert not set(off_key) & {"Ansvarsområde", "Omvärldsanalys", "Framåtblick"}
    assert {"Vallentuna", "Göteborg", "Bergström"} <= set(off_key)

"""Two common words side by side as a form's or a table's headings ("Ledamöter Ersättare",
"Plats Mötesrummet", "Socialdirektör Controller"), one of them a Swedish compound of
common words, are not proposed as a first name and a surname: read as a pair of capitals,
each was offered for the key, and a lead exporting a theme summary saw ordinary Swedish
words in the list of names the key lacked (eyes43). A pair with a name in it, and an
English pair of common words (a constituency's "Weaver Vale"), are still proposed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.export.names import find_names
from qualcode.project.common_words import common_compounds, ordinary_words
from tests.conftest import project_with

Ask = Callable[[str], bool]

SUMMONS = (
    "Kallelse till nämndens sammanträde\n\n"
    "Ledamöter Ersättare\n\n"
    "Plats Mötesrummet, Stadshuset\n\n"
    "Socialdirektör Controller\n\n"
    "Ordföranden Siv Granqvist hälsade välkommen. Socialsekreterare Lindqvist redovisade "
    "ärendet från Vallentuna.\n"
)
HEADINGS = {"Ledamöter", "Ersättare", "Plats", "Mötesrummet", "Socialdirektör", "Controller"}


@pytest.fixture(scope="module")
def asks() -> tuple[Ask, Ask]:  # the real lemma tables, read once
    return ordinary_words(), common_compounds()


def test_a_pair_of_common_words_is_no_name(asks: tuple[Ask, Ask]) -> None:
    ordinary, compound = asks
    found = {c.word for c in find_names({"k.txt": SUMMONS}, (), ordinary, compound=compound)}
    assert not found & HEADINGS
    assert {"Siv", "Granqvist", "Lindqvist", "Vallentuna"} <= found


def test_an_english_pair_of_common_words_is_still_proposed(asks: tuple[Ask, Ask]) -> None:
    ordinary, compound = asks
    text = "Mike Hartwell (Weaver Vale) (Lab)\n\nHe asked the Minister a question.\n"
    found = {c.word for c in find_names({"h.txt": text}, (), ordinary, compound=compound)}
    assert {"Weaver", "Vale"} <= found


def test_an_export_does_not_ask_to_key_the_headings(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("kallelse.txt", SUMMONS)) as project:
        off_key = project.names_off_key("lena")
    assert not set(off_key) & HEADINGS
    # "Ordföranden" opens the sentence, no part of her name: "Siv Granqvist" is one name
    assert {"Siv Granqvist", "Lindqvist", "Vallentuna"} <= set(off_key)

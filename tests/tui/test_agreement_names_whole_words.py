"""The agreement table at 100 columns names codes in whole words (eyes37b).

Its code column is about 23 characters there, and the names were cut in their middle:
"uppdragsmonolo…gsdialog", "kortsiktighet…yrningen", halves of words that named no code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.labels import cut_words, word_names
from tests.tui.conftest import agreement_table, reports_screen

TURNS = {
    "a": "Från uppdragsmonolog till uppdragsdialog",
    "b": "Från individ- till systemperspektiv",
    "c": "Från separering till integrering av arbetsmiljö och verksamhetskvalitet",
    "d": "Från kortsiktighet till långsiktighet i den ekonomiska styrningen",
}


def _whole_words(label: str, name: str) -> bool:
    """``label`` is words of ``name`` in their order, at most its last given up for "…"."""
    words = label.removesuffix("…").split()
    return " ".join(words) in name and all(w in name.split() for w in words)


@pytest.mark.parametrize("width", [16, 23, 40])
def test_names_give_way_after_whole_words(width: int) -> None:
    labels = word_names(TURNS, width)
    assert len(set(labels.values())) == len(TURNS)
    for key, label in labels.items():
        assert len(label) <= width
        assert _whole_words(label, TURNS[key]), label


def test_a_turning_point_is_named_by_where_it_goes() -> None:
    labels = word_names(TURNS, 23)
    assert labels["a"] == "uppdragsdialog"  # no "till": it read as cut from the left (tui48)
    assert labels["d"] == "långsiktighet …"


def test_names_that_fit_stay_whole() -> None:
    assert word_names(TURNS, 80) == TURNS


@pytest.mark.slow  # a whole app through the reports screen
async def test_the_agreement_table_at_100_columns_cuts_no_word(demo: Path) -> None:
    async with reports_screen(demo, "lena", "sv", size=(100, 30)) as (pilot, app, _):
        table = await agreement_table(app, pilot)
        first = [str(table.get_row_at(i)[0]).strip() for i in range(table.row_count)]
    named = [label for label in first if "–" not in label and label != "Totalt"]
    assert named, first
    for label in named:
        assert any(_whole_words(label, name) for name in TURNS.values()), label


def test_the_from_side_stays_while_every_cut_still_says_where_it_goes() -> None:
    """At 40 every name cut after whole words still holds where it goes: the frequency
    table's rows lost their "uppdragsmonolog" there for nothing."""
    labels = word_names(TURNS, 40)
    assert labels["a"] == "uppdragsmonolog till uppdragsdialog"
    assert labels["d"] == "kortsiktighet till långsiktighet …"


ENGLISH = {
    "a": "From mission monologue to mission dialogue",
    "b": "From individual to systems perspective",
    "c": "From separating to integrating work environment and service quality",
    "d": "From short-term to long-term economic governance",
}


def test_a_first_word_that_ends_early_is_kept_whole() -> None:
    """A whole word was kept only where it ended in the second half of the room: at 17,
    "systems" ends at 7, and the name was cut inside "perspective" (tui48)."""
    assert word_names(ENGLISH, 17)["b"] == "systems …"
    assert cut_words("systems perspective", 17) == "systems …"
    assert cut_words("Att organisationsförändringen", 12) == "Att organis…"  # no "Att …"
    assert cut_words("organisationsförändringen", 12) == "organisatio…"


@pytest.mark.slow  # a whole app through the reports screen
async def test_the_agreement_table_at_80_columns_cuts_no_english_word(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en", size=(80, 24)) as (pilot, app, _):
        table = await agreement_table(app, pilot)
        first = [str(table.get_row_at(i)[0]).strip() for i in range(table.row_count)]
    named = [label for label in first if "–" not in label and label != "overall"]
    assert len(named) >= 4, first
    for label in named:
        assert any(_whole_words(label, name) for name in ENGLISH.values()), label

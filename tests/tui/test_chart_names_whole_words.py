"""The reports screen's bar chart names codes in whole words, turning points by where
they go (eyes38). Beside its bars the names were cut in their middle,
"uppdragsmonolog t…ragsdialog", "kortsiktighet til…styrningen": halves of words that named
no code, as the agreement table's did before (eyes37b). And in English a cut after whole
words named where a turning point comes from, "mission monologue …", since "mission"
is on both sides of it."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from qualcode.tui.labels import word_names
from tests.tui.conftest import settle

ENGLISH = {
    "a": "From mission monologue to mission dialogue",
    "b": "From individual to systems perspective",
    "c": "From separating to integrating work environment and service quality",
    "d": "From short-term to long-term economic governance",
}


def test_an_english_turning_point_cut_says_where_it_goes() -> None:
    labels = word_names(ENGLISH, 28)
    assert labels["a"] == "mission dialogue"  # no "to": it read as cut from the left (tui48)
    assert labels["d"] == "long-term economic …"


@pytest.mark.slow  # a whole app through the reports screen
async def test_the_bars_are_named_in_whole_words(demo: Path) -> None:
    from tests.tui.conftest import reports_screen

    async with reports_screen(demo, "lena", "sv", size=(120, 40)) as (pilot, app, _):
        await pilot.press("g")
        await settle(app, pilot)
        shown = html.unescape(app.export_screenshot()).replace("\xa0", " ")
    assert "uppdragsdialog" in shown and "systemperspektiv" in shown
    assert "till uppdragsdialog" not in shown
    assert "t…ragsdialog" not in shown and "til…styrningen" not in shown

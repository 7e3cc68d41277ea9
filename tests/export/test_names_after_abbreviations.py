"""The stop of an abbreviation ("kl.", "t.ex.") ends no sentence: a summons' line "Tid
onsdag 12 april kl. 9.30 Gruppmöten från kl. 8.30" had read as prose, so its capitalised
compound of common words counted as written in a sentence, used as a name, and a lead's
theme summary listed "Förmöten" among the names the key lacked (eyes43). A name in a
sentence with an abbreviation is still proposed."""

from __future__ import annotations

from qualcode.export.name_lines import running_lines
from qualcode.export.names import find_names
from qualcode.project.common_words import common_compounds, ordinary_words

SUMMONS = (
    "Kallelse\n\n"
    "Tid onsdag 12 april kl. 9.30 Gruppmöten från kl. 8.30\n\n"
    "Vi träffade Siv Granqvist kl. 10 och åkte sedan till Vallentuna.\n"
)


def test_an_abbreviations_stop_ends_no_sentence() -> None:
    running = running_lines(SUMMONS)
    assert not running(SUMMONS.index("Gruppmöten"))
    assert running(SUMMONS.index("Granqvist"))


def test_a_compound_after_an_abbreviation_is_no_name() -> None:
    found = {
        c.word
        for c in find_names({"k.txt": SUMMONS}, (), ordinary_words(), compound=common_compounds())
    }
    assert "Gruppmöten" not in found
    assert {"Siv", "Granqvist", "Vallentuna"} <= found

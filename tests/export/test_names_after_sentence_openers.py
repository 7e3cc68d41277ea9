"""An ordinary word opening a sentence before a whole name is no part of the name.

"Later Anna Reed agreed" proposed "Later" as a person: its capital joined it to the name,
and as a third word in the run it also kept "Anna Reed" from being paired as one name, so
the key gave Anna and Reed pseudonyms of their own. The opener rule covered only function
words ("When Tom"). A list written surname first ("Lind Anna") keeps its surname.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with
from tests.project.name_proposal_kit import proposed, sv_and_en

SV = "I: Vem ringde?\n\nR: Vi pratade länge om det. Senare Anna Lind ringde oss om budgeten.\n"
EN = "I: Who agreed?\n\nR: We talked for a long time. Later Tom Reed agreed with us.\n"


def test_an_ordinary_opener_is_no_name_and_the_whole_name_is_one(tmp_path: Path) -> None:
    with sv_and_en(tmp_path / "p.db", SV, EN) as project:
        found = proposed(project)
    assert not {"Senare", "Later"} & set(found), found
    for first, surname in (("Anna", "Lind"), ("Tom", "Reed")):
        whole = found[f"{first} {surname}"]
        assert whole.kind == "person"
        assert found[first].pseudonym == found[surname].pseudonym == whole.pseudonym


def test_a_list_written_surname_first_keeps_its_surname(tmp_path: Path) -> None:
    text = "I: Vem kom?\n\nR: Närvarande var:\nLind Anna\nBerg Tom\n"
    with project_with(tmp_path / "p.db", ("ip_01.txt", text)) as project:
        found = proposed(project)
    assert found["Lind Anna"].kind == found["Berg Tom"].kind == "person"
    assert found["Lind"].pseudonym == found["Anna"].pseudonym
    assert found["Berg"].pseudonym == found["Tom"].pseudonym


TIME_SV = (
    "I: Vem ringde?\n\nR: Vi pratade länge om det. Efteråt Anna Lind ringde oss. "
    "Därefter Karin ringde. Numera Eva jobbar här.\n"
)
TIME_EN = (
    "I: Who agreed?\n\nR: We talked for a long time. Later Sam agreed. "
    "Yesterday Tom Reed came. Finally Bob left. Recently Ann came.\n"
)


def test_an_adverb_of_time_opening_a_sentence_is_no_name(tmp_path: Path) -> None:
    """ "Efteråt", "Därefter", "Numera", "Later", "Finally", "Recently": in neither the stop
    words nor the lemma tables, each was proposed as a person, joined to the name after it
    ("Därefter Karin", "Later Sam") or beside it ("Efteråt" with "Anna", "Lind")."""
    with sv_and_en(tmp_path / "p.db", TIME_SV, TIME_EN) as project:
        found = proposed(project)
    openers = {"Efteråt", "Därefter", "Numera", "Later", "Yesterday", "Finally", "Recently"}
    assert not {w for name in found for w in name.split()} & openers, sorted(found)
    assert {"Anna Lind", "Karin", "Eva", "Sam", "Tom Reed", "Bob", "Ann"} <= set(found)
    assert found["Anna"].pseudonym == found["Anna Lind"].pseudonym

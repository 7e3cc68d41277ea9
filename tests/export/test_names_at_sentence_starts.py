"""A common first name is proposed for the key where it only begins sentences.

`pseudonym suggest` read a capital at a sentence's start as saying nothing, so a
participant named only so ("Karin sa att ...", a line opening with "Åsa", "Karins chef
...") was never proposed, and every export printed her name. A first name that is no
ordinary word is proposed wherever it stands; one that is ("Per", "Mark") still says
nothing at a sentence's start.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with
from tests.project.name_proposal_kit import proposed, sv_and_en

SV = (
    "I: Vem stöttade dig?\n\n"
    "R: Karin sa att det skulle ordna sig.\n"
    "Åsa hade redan slutat då. Karins chef höll med. Per dag blev det tre ärenden.\n"
)
EN = (
    "I: Who helped?\n\n"
    "R: Fiona told me it would work out. Mark the form, she said.\n"
    "Fiona's manager agreed.\n"
)


def test_first_names_beginning_sentences_are_proposed(tmp_path: Path) -> None:
    with sv_and_en(tmp_path / "p.db", SV, EN, ("ip_01.txt", "ip_02.txt")) as project:
        found = proposed(project)
    assert {"Karin", "Åsa", "Fiona"} <= set(found), found
    assert found["Karin"].kind == "person"
    assert not {"Karins", "Fiona's", "Per", "Mark"} & set(found), found


def test_a_first_name_seen_only_in_the_genitive_is_proposed_as_the_name(tmp_path: Path) -> None:
    """Only "Karins chef ..." in the text: "Karins" on the key left "Karin" as written."""
    text = "I: Vem bestämde?\n\nR: Karins chef bestämde. Vi frågade Åsas kollega också.\n"
    with project_with(tmp_path / "p.db", ("ip_01.txt", text)) as project:
        found = set(proposed(project))
    assert {"Karin", "Åsa"} <= found and not {"Karins", "Åsas"} & found, found

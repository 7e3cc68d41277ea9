"""`pseudonym suggest` on a name alone whose whole name is already on the key: "Rask" of
"Doris Rask" (IP5) is that person and is proposed as IP5, not a fresh N2; applied, a fresh
number printed one person two ways in every export (pseudo35). A word two names on the
key share is no one's in particular and is numbered afresh."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

TRANSCRIPT = (
    "Intervjuare: Vem var chef på den tiden?\n"
    "Doris: Jag heter Doris Rask. Det var Sten Ohlin, i många år. "
    "Ohlin ville att vi planerade tillsammans.\n"
    "Intervjuare: Och sedan?\n"
    "Doris: Sedan kom Ebba Lund och Ebba Stråhle. Ohlin saknades av alla, och Ebba kom sent.\n"
)


def test_a_part_of_a_whole_name_on_the_key_takes_its_pseudonym(tmp_path: Path) -> None:
    project = project_with(tmp_path / "p.db", ("doris_01.txt", TRANSCRIPT))
    project.act_as("lena")
    project.set_pseudonym("Doris Rask", "IP5", "lena", kind="speaker")
    project.set_pseudonym("Sten Ohlin", "P1", "lena", kind="person")
    project.set_pseudonym("Ebba Lund", "P2", "lena", kind="person")
    project.set_pseudonym("Ebba Stråhle", "P3", "lena", kind="person")
    found = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
    project.close()
    assert found["Ohlin"] == "P1", found
    assert found["Rask"] == "IP5", found  # her surname alone, her label "Doris" off the key
    assert found.get("Ebba") not in ("P2", "P3"), found


def test_a_label_and_a_place_are_proposed_as_the_key_has_them(tmp_path: Path) -> None:
    """The speaker label "Doris" of "Doris Rask" (IP5) was proposed as IP1, the document's
    number, and a municipality on the key as "Kommun A" beside its key's "Ort K"."""
    project = project_with(
        tmp_path / "p.db", ("doris_01.txt", TRANSCRIPT), attributes={"municipality": "Fjällby"}
    )
    project.act_as("lena")
    project.set_pseudonym("Doris Rask", "IP5", "lena", kind="speaker")
    project.set_pseudonym("Fjällby", "Ort K", "lena", kind="place")
    found = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
    project.close()
    assert found["Doris"] == "IP5", found
    assert found["Fjällby"] == "Ort K", found

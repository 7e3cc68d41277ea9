"""A district after "i" or "på" is proposed as a place, not a person (user report):
`pseudonym suggest` proposed "Skönsberg", a district of Sundsvall, as a person. Its "-berg"
reads as a surname's ending, and each time it stood where no preposition gave it away that
ending voted "person", outvoting the one "i Skönsberg"; "på", the preposition Swedish uses
with many districts, was not read as a place's at all. A place's preposition where a
person hardly ever stands ("i", "på", "utanför", "in") is now sure evidence and outweighs
an ending; "från", "till", "to", which may stand before a person, are not, so a surname
seen once "från Lindqvist" stays a person. No list of districts is involved."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with
from tests.project.name_proposal_kit import proposed

INTERVIEW = (
    "I: Var arbetar du?\n\n"
    "R: Jag har mitt kontor på Skönsberg sedan i fjol. Vi jobbar mycket i Skönsberg med "
    "familjerna. Det stora problemet med Skönsberg är trångboddheten, och Skönsberg har "
    "fått rykte om sig. Sen kom ett mejl från Lindqvist om saken, Lindqvist var chef då "
    "och Lindqvist tyckte att vi skulle prioritera Nackstavägen.\n"
)


def test_a_district_is_a_place_and_a_surname_a_person(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("ip_01.txt", INTERVIEW)) as project:
        found = proposed(project)
    assert found["Skönsberg"].kind == "place"
    assert found["Skönsberg"].pseudonym == "Ort A"
    assert found["Lindqvist"].kind == "person"


def test_the_genitive_of_a_municipality_is_not_proposed_apart(tmp_path: Path) -> None:
    """'Sundsvalls kommun' in a text of a document from Sundsvall proposed 'Sundsvalls'
    as a place of its own ('Ort B') beside the municipality's 'Kommun A': applied, the
    one place read as two. The key already replaces the genitive with 'Kommun A:s'."""
    text = "Svar från Sundsvalls kommun om uppdraget och dialogen i nämnden.\n"
    place = {"municipality": "Sundsvall"}
    with project_with(tmp_path / "p.db", ("svar.txt", text), attributes=place) as project:
        found = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
    assert found == {"Sundsvall": "Kommun A"}

"""Places proposed for the key read in one language, the project's (pseudo40b).

A Swedish study with one interview held in English: `pseudonym suggest --apply` gave
Ekstad, that interview's place, "Municipality A" beside "Kommun B" and "Kommun C", and a
place named in the English interview's text "Place A" beside the Swedish "Ort" ones; a
Swedish export then printed the English label inside Swedish text.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

SV = "I: Hur är arbetet i {place}?\n\nIP: Vi pratar mycket om uppdraget här.\n"
EN = "I: How is the work?\n\nIP: We moved here from Harrowfield last spring.\n"


def test_every_place_is_proposed_in_the_projects_words(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        for name, text, lang, place in (
            ("eks_01.txt", EN, "en", "Ekstad"),
            ("lov_01.txt", SV.format(place="Lövsta"), "sv", "Lövsta"),
            ("nor_01.txt", SV.format(place="Norrvik"), "sv", "Norrvik"),
        ):
            project.import_text(name, text, lang=lang, attributes={"municipality": place})
        found = {c.real: c for c in project.suggest_pseudonyms("lena")}
    places = {real: c.pseudonym for real, c in found.items() if c.kind in ("place", "workplace")}
    assert places["Ekstad"] == "Kommun A", places
    assert all(not p.startswith(("Municipality", "Place ")) for p in places.values()), places

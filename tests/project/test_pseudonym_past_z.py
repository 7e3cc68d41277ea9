"""Past 26 places of one kind the key's proposals go on AA, AB ... (eyes44, stop 44).

Places were lettered A to Z and round again, so the 27th place named in a study's talk was
proposed "Ort A" once more; that was always taken, the search for a free pseudonym never
ended, and a lead's export (which asks which names the key lacks) or `qualcode pseudonym
suggest` hung for good on a project naming more than 26 places. The municipalities the
documents' attributes name went round the same way: the 27th was a second "Kommun A".
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.pseudonym_words import in_language, placeholder

PLACES = [
    a + b
    for a in ("Ek", "Björk", "Gran", "Lind", "Ask", "Rönn")
    for b in ("stad", "by", "vik", "holm", "dal")
]  # 30 made-up Swedish place names


def test_the_lettering_goes_on_past_z_and_reads_back() -> None:
    names = [placeholder("place", i, "sv") for i in range(60)]
    assert len(set(names)) == 60
    assert names[25] == "Ort Z" and names[26] == "Ort AA"
    assert in_language("Ort AB", "en") == "Place AB"


def test_thirty_places_in_the_talk_each_get_their_own_pseudonym(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        talk = "".join(f"IP: Sedan flyttade vi till {p} och bodde där.\n\n" for p in PLACES)
        project.import_text("resor.txt", "I: Var har du bott?\n\n" + talk, lang="sv")
        found = project.suggest_pseudonyms("lena")  # before: never returned
    places = sorted(c.pseudonym for c in found if c.kind == "place")
    assert len(places) == 30 and len(set(places)) == 30, places
    assert "Ort AD" in places


def test_thirty_municipalities_each_get_their_own_pseudonym(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        for i, place in enumerate(PLACES):
            project.import_text(
                f"k{i:02}.txt",
                f"I: Hur är det här?\n\nIP: Det är lugnt, sa person {i}.\n",
                lang="sv",
                attributes={"municipality": place},
            )
        found = project.suggest_pseudonyms("lena")
    municipalities = [c.pseudonym for c in found if c.real in PLACES]
    assert len(municipalities) == 30, municipalities
    assert len(set(municipalities)) == 30, sorted(municipalities)  # before: a second Kommun A

"""`pseudonym suggest` on a transcript that greets and thanks people: the greetings and
answers opening a turn ("Hej Birgitta", "Okej Anna", "Precis Lennart", "Thanks Jo") are
not names, though a first name beside them made them look like one; the person greeted
or thanked is ("tack Gunnel"), even when the word is also an ordinary one."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

TRANSCRIPT = (
    "Intervjuare: Hej Birgitta, och välkommen. Tack för att du kom.\n"
    "Birgitta: Hejsan! Okej Anna, var ska jag börja?\n"
    "Intervjuare: Berätta om när Lennart Ekholm var chef.\n"
    "Birgitta: Precis Lennart ville prata mer med nämnden. Absolut Lennart var bra.\n"
    "Intervjuare: Hur var det sedan?\n"
    "Birgitta: Vi flyttade till Solgårdsskolan. Hello Jo, sa vår engelska kollega.\n"
    "Intervjuare: Tack Birgitta, då slutar vi.\n"
    "Birgitta: Tack Gunnel, vi ses!\n"
)


def test_greetings_are_not_names_and_the_greeted_are(tmp_path: Path) -> None:
    project = project_with(tmp_path / "p.db", ("birgitta_01.txt", TRANSCRIPT))
    project.act_as("lena")
    found = {c.real: c.kind for c in project.suggest_pseudonyms("lena")}
    project.close()
    for word in ("Hej", "Hejsan", "Okej", "Precis", "Absolut", "Tack", "Hello"):
        assert word not in found, found
    assert found["Birgitta"] == "speaker"
    assert found["Gunnel"] == "person"  # thanked: a person, though also an ordinary word
    assert found["Jo"] == "person"  # greeted
    assert found["Ekholm"] == "person"
    assert "Lennart" in found and found["Solgårdsskolan"] == "workplace"

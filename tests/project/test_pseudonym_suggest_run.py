"""``Project.pseudonym_suggest_run``: one service call decides what `pseudonym suggest`
puts on the key and which notes the lead hears, in their order, so a face only shows them.
The CLI built the coders' printed-as map and chose the notes itself (review49)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError

JOHAN = (
    "Intervjuare: Vem pratade du med?\n\n"
    "Margareta: Jag pratade med Johan Lindqvist på HR om det.\n\n"
    "Intervjuare: Och sedan?\n\n"
    "Margareta: Han höll med om att vi behövde fler tjänster. Per sa att det var mycket.\n"
)
GUESSED = (
    "Maria: Hur ser uppdraget ut hos er idag?\n"
    "Eva: Vi pratar mer om uppdraget med politikerna nu.\n"
    "Maria: Har det blivit bättre?\n"
    "Eva: Ja, chefen lyssnar mer nu.\n"
    "Maria: Och budgeten?\n"
    "Eva: Den följer behoven bättre nu.\n"
)
PART = "Interviewer: How are the caseloads?\n\nParticipant: Too high, people leave.\n"


def _team(path: Path) -> Project:
    project = Project.create(path)
    for name, role in (("lena", "lead"), ("karin", "coder"), ("johan", "coder")):
        project.add_coder(name, role=role)
    project.act_as("lena")
    project.import_text("storvik_07.txt", JOHAN, lang="sv")
    project.import_text("ip 01.txt", GUESSED, lang="sv")
    project.import_text("leeds_03.txt", PART, lang="en")
    project.set_pseudonym("Participant", "IP9", "lena", kind="speaker")
    return project


def test_apply_keys_the_kinds_and_the_notes_come_in_order(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        run = project.pseudonym_suggest_run("lena", ["speaker", "person"])
        keyed = {p.real for p in project.pseudonyms("lena")}
    assert {c.real for c in run.put} <= keyed and "Johan" in {c.real for c in run.put}
    # the table is the candidates as they stood before the apply
    assert not next(c for c in run.found if c.real == "Johan").on_key
    assert len(run.notes) == 4, run.notes
    words, coder, part, guess = run.notes
    assert words.startswith("not put on the key: 'Per'")
    assert "coder johan as 'Kodare C'" in coder  # printed as the key prints him after --apply
    assert "names a part" in part and "'Participant' (IP9)" in part
    assert guess.startswith("ip 01.txt: 'Maria' is taken for the interviewer")
    assert "`qualcode docs set 'ip 01.txt' interviewer=NAME`" in guess


def test_without_kinds_nothing_is_keyed_and_no_word_note(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        run = project.pseudonym_suggest_run("lena")
        keyed = {p.real for p in project.pseudonyms("lena")}
    assert run.put == [] and keyed == {"Participant"}
    assert not any(n.startswith("not put on the key") for n in run.notes)
    coder = next(n for n in run.notes if "also a coder's name" in n)
    assert "coder johan as the word for coder and a letter" in coder


def test_a_coder_is_refused_and_the_key_is_untouched(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        with pytest.raises(QualcodeError):
            project.pseudonym_suggest_run("karin", ["speaker"])
        assert {p.real for p in project.pseudonyms("lena")} == {"Participant"}


def test_a_kind_named_wrongly_is_refused_and_nothing_keyed(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        with pytest.raises(QualcodeError, match="speakers"):
            project.pseudonym_suggest_run("lena", ["speakers"])
        assert {p.real for p in project.pseudonyms("lena")} == {"Participant"}

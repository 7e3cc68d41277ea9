"""Transcripts a team pseudonymised before qualcode ("IP7:", "Intervjuperson 3:") keep
their participants' codes in every citation (user49). They were numbered in name order:
IP7's quote went out as "IP2", and a paper cited her by another number than the team's
consent forms and notes, while `pseudonym suggest` proposed the key "IP7" -> "IP2"."""

from __future__ import annotations

import csv
from pathlib import Path

from qualcode import Project
from tests.conftest import project_with, small_codebook

TEXTS = {
    "a_int.txt": "I: Hur är det?\n\nIP3: Bättre nu, chefen lyssnar.\n\nI: Hur?\n\nIP3: Ja.\n",
    "b_int.txt": "I: Hur är det?\n\nIP7: Politikerna lyssnar inte.\n\nI: Varför?\n\nIP7: Nej.\n",
    "c_int.txt": "I: Och du?\n\nAnna: Vi har för få tjänster.\n\nI: Mer?\n\nAnna: Ja.\n",
    "d_int.txt": (
        "I: Och du?\n\nIntervjuperson 12: Budgeten räcker inte.\n\nI: Mer?\n\n"
        "Intervjuperson 12: Nej.\n"
    ),
}


def _study(path: Path, texts: dict[str, str]) -> Project:
    project = project_with(path)
    project.apply_codebook(small_codebook())
    for name, text in texts.items():
        project.import_text(name, text, lang="sv")
    for doc in project.documents():
        text = texts[doc.name]
        said = text.index(": ", text.index("\n\n")) + 2
        project.add_coding(doc.id, said, text.index("\n", said), "mission_dialogue", "lena")
    return project


def _cited(project: Project, path: Path) -> dict[str, str]:
    project.export_codings(path, viewer="lena")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {row["document_name"]: row["participant"] for row in csv.DictReader(f)}


def test_a_team_s_own_codes_are_cited_as_they_stand(tmp_path: Path) -> None:
    with _study(tmp_path / "p.db", TEXTS) as project:
        cited = _cited(project, tmp_path / "c.csv")
        proposed = {c.real for c in project.suggest_pseudonyms("lena")}
    assert cited["a_int.txt"] == "IP3" and cited["b_int.txt"] == "IP7"
    assert cited["d_int.txt"] == "Intervjuperson 12"
    # a named participant takes a number no code holds: never a second "IP3"
    assert cited["c_int.txt"].startswith("IP")
    assert cited["c_int.txt"] not in {"IP3", "IP7"}
    assert proposed == {"Anna"}  # a code is no name: nothing to key


def test_one_code_in_two_interviews_is_two_people(tmp_path: Path) -> None:
    texts = {
        "a_int.txt": TEXTS["a_int.txt"].replace("IP3", "IP1"),
        "b_int.txt": TEXTS["b_int.txt"].replace("IP7", "IP1"),
    }
    with _study(tmp_path / "p.db", texts) as project:
        cited = _cited(project, tmp_path / "c.csv")
    assert cited["a_int.txt"] != cited["b_int.txt"]

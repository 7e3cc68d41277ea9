"""Interviews whose interviewer is named in the speaker labels, for the tests of who asks
(cited, quoted, suggested): the three-question interview, the four ways of naming her,
a project holding one interview per file name, and who each document cites by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook

QUESTIONS = (
    "{asker}: Hur ser uppdraget ut hos er idag?\n"
    "{answerer}: Vi pratar mer om uppdraget med politikerna nu, det är en dialog.\n"
    "{asker}: Har det blivit bättre med dialogen?\n"
    "{answerer}: Ja, chefen lyssnar mer nu och vi har fått fler kollegor.\n"
    "{asker}: Och budgeten?\n"
    "{answerer}: Den följer behoven bättre nu.\n"
)
# file name: (the interviewer's label, the interviewee's label, attributes)
Interviews = Mapping[str, tuple[str, str, dict[str, str]]]
DOCS: Interviews = {
    "a_no_attribute.txt": ("Maria", "Per", {}),
    "b_whole_name.txt": ("Maria", "Anna", {"interviewer": "Maria Lind"}),
    "c_role_beside.txt": ("Intervjuare Maria", "Eva", {}),
    "d_same_first_name.txt": ("Lena", "Lena Berg", {"interviewer": "Lena"}),
}
LEAD_AND_KARIN = (("lena", "lead"), ("karin", "coder"))


def interviews(
    path: Path,
    docs: Interviews = DOCS,
    *,
    coders: Sequence[tuple[str, str]] = (("lena", "lead"),),
    ending: str = "",
) -> Project:
    """A new project file with the small codebook, ``coders`` and one Swedish interview
    (``QUESTIONS`` and then ``ending``, formatted with the file's asker, answerer and name)
    per file name in ``docs``, imported in that order. Open: use it in ``with``."""
    project = Project.create(path)
    project.apply_codebook(small_codebook())
    for coder, role in coders:
        project.add_coder(coder, role=role)
    for name, (asker, answerer, attributes) in docs.items():
        text = (QUESTIONS + ending).format(asker=asker, answerer=answerer, name=name)
        project.import_text(name, text, lang="sv", attributes=attributes)
    return project


def cited_by_name(project: Project) -> dict[str, dict[str, str]]:
    """Each document's name with the speaker labels it cites and their pseudonyms."""
    names = {d.id: d.name for d in project.store.documents.summaries()}
    return {names[d]: labels for d, labels in project.speaker_pseudonyms().items()}

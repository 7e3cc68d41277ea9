"""What the tests of coders' automatic labels share: an interview whose participant's
speaker label writes a coder's name ("Karin:" beside coder Karin), the team that codes it
with the participants' names on the key, and its coders' codings of one passage; and an
interview where Karin and Johan both speak, coded so (the typed-team, verdict and listing
tests each kept a copy of it: duplicates, stop 46's reading)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qualcode import Project

TEXT = (
    "I: Hur var det på enheten när du började?\n\n"
    "Karin: Det var tungt, vi hade för många ärenden och ingen tid.\n\n"
    "I: Vad hände sedan?\n\n"
    "Karin: Chefen pratade med politikerna och vi fick fler tjänster.\n"
)
# Karin and Johan both speak: the coders karin and johan are printed as labels ("Kodare B")
TWO_SPEAKERS = (
    "I: Hur var det på enheten när du började?\n\n"
    "Karin: Det var tungt, vi hade för många ärenden och ingen tid alls.\n\n"
    "I: Vad hände sedan?\n\n"
    "Johan: Chefen pratade med politikerna och vi fick fler tjänster.\n"
)
# Karin speaks of a Johan: the participant N1 once the key holds persons too
JOHAN_TEXT = TEXT.replace("Det var tungt", "Johan sa att det var tungt")


def karin_team(
    project: Project,
    coders: Sequence[str] = ("Karin",),
    text: str = TEXT,
    kinds: Sequence[str] = ("speaker",),
) -> str:
    """lena leads ``coders``; she adds the code ``mission``, imports ``text`` (Swedish) as
    aby_01.txt and puts the suggested names of ``kinds`` on the key. Acting as lena; the
    document's id."""
    project.add_coder("lena", role="lead")
    for name in coders:
        project.add_coder(name)
    project.act_as("lena")
    project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    doc = project.import_text("aby_01.txt", text, lang="sv").id
    project.apply_suggested_pseudonyms("lena", list(kinds))
    return doc


def code_mission(
    project: Project, doc: str, start: int, ends: Mapping[str, int], done: bool = True
) -> None:
    """Each coder of ``ends`` codes ``mission`` from ``start`` over her number of
    characters, acting as herself, and marks the document done where ``done``; acting as
    lena after."""
    for name, end in ends.items():
        project.act_as(name)
        project.add_coding(doc, start, start + end, "mission", name)
        if done:
            project.set_status(doc, name, "done")
    project.act_as("lena")


def two_speakers_coded(project: Project, coders: Sequence[str], ends: Mapping[str, int]) -> str:
    """lena leads ``coders`` on ``TWO_SPEAKERS`` (``karin_team``), and each coder of
    ``ends`` codes Karin's answer with ``mission`` over her number of characters and is done
    (``code_mission``). Acting as lena; the document's id."""
    doc = karin_team(project, coders, TWO_SPEAKERS)
    code_mission(project, doc, TWO_SPEAKERS.index("Det var"), ends)
    return doc

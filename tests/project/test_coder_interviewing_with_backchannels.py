"""A coder interviewing under her own name stays the interviewer though half her turns
are "Mm." and "Precis." (review39).

A coder's name in the labels was made to bear out its asking since aa7c5370: half or
more of its turns had to hold a question. An interviewer's turns in a verbatim transcript
are also backchannels, so coder lena interviewing "Per:" (two questions in five turns)
was cited as IP1a beside him, her questions quoted as a participant's and her name
proposed for the pseudonym key; before, she was the interviewer and Per was IP1. Half is
asked only of a second asker beside a label already the interviewer's (a focus group's
"Karin:" beside "Moderator:" stays a participant: tests/hostile/test_focus_group_coder_named.py).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with
from tests.project.interview_kit import LEAD_AND_KARIN

INTERVIEW = (
    "Lena: Kan du berätta om din roll?\n\n"
    "Per: Jag är enhetschef sedan fem år.\n\n"
    "Lena: Mm.\n\n"
    "Per: Och innan dess var jag socialsekreterare.\n\n"
    "Lena: Okej. Hur ser ärendemängden ut?\n\n"
    "Per: Den är för hög, vi har fyrtio ärenden var.\n\n"
    "Lena: Ja.\n\n"
    "Per: Det går ut över kvaliteten.\n\n"
    "Lena: Precis.\n\n"
    "Per: Vi tar in konsulter.\n"
)


def test_a_coder_asking_amid_backchannels_is_the_interviewer(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", coders=LEAD_AND_KARIN) as project:
        doc = project.import_text("aby_01.txt", INTERVIEW, lang="sv")
        asking = project.interviewer_labels()[doc.id]
        cited = project.speaker_pseudonyms()[doc.id]
        proposed = {p.real for p in project.suggest_pseudonyms("lena")}
    assert asking == {"Lena"}
    assert cited == {"Per": "IP1"}
    assert "Lena" not in proposed


def test_a_participant_asking_as_much_as_the_coder_keeps_her_a_participant(
    tmp_path: Path,
) -> None:
    """The likeness still yields to the turns: where the one answering asks as often as
    the coder-named label, neither is taken for the interviewer by the name alone."""
    text = INTERVIEW.replace("Jag är enhetschef sedan fem år.", "Min roll? Enhetschef.")
    text = text.replace("Vi tar in konsulter.", "Vad ska man göra? Vi tar in konsulter.")
    with project_with(tmp_path / "p.db", coders=LEAD_AND_KARIN) as project:
        doc = project.import_text("aby_01.txt", text, lang="sv")
        asking = project.interviewer_labels()[doc.id]
    assert "Lena" not in asking


def test_a_coder_interviewing_one_named_as_another_coder_is_the_interviewer(
    tmp_path: Path,
) -> None:
    """Every label a coder's name ("Lena:" asking "Karin:", karin a coder too): nothing was
    left to cite, so neither was taken for the interviewer and both were cited, IP1a and
    IP1b, her questions quoted as a participant's. The one asking more is hers."""
    text = INTERVIEW.replace("Per:", "Karin:")
    with project_with(tmp_path / "p.db", coders=LEAD_AND_KARIN) as project:
        doc = project.import_text("aby_01.txt", text, lang="sv")
        asking = project.interviewer_labels()[doc.id]
        cited = project.speaker_pseudonyms()[doc.id]
    assert asking == {"Lena"}
    assert cited == {"Karin": "IP1"}


def test_two_coders_names_asking_nothing_are_both_cited(tmp_path: Path) -> None:
    text = INTERVIEW.replace("Per:", "Karin:").replace("?", ".")
    with project_with(tmp_path / "p.db", coders=LEAD_AND_KARIN) as project:
        doc = project.import_text("aby_01.txt", text, lang="sv")
        cited = project.speaker_pseudonyms()[doc.id]
    assert set(cited) == {"Lena", "Karin"}

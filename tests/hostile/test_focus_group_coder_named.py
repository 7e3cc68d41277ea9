"""A focus group's participant who shares a coder's name is a participant.

A coder's name in the speaker labels was taken for the interviewer's unless it was the
interview's last participant. In a focus group ("Moderator:", "Karin:", "Per:") with coder
karin on the team, the participant Karin was taken for a second interviewer: cited as
nobody, her answers quoted with the role 'interviewer', and her name never proposed for the
pseudonym key, so it went out as written. A coder's name now names the interviewer only
where its turns ask as an interviewer's do (red team 39)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

GROUP = (
    "Moderator: Hur ser ärendemängden ut hos er?\n\n"
    "{first}: Vi har för många ärenden per handläggare, det blir värre varje år.\n\n"
    "Per: Jag håller med. Ärendemängden är det stora problemet.\n\n"
    "Moderator: Hur påverkar det kvaliteten?\n\n"
    "{first}: Det går ut över klienterna, vi hinner inte träffa familjerna.\n\n"
    "Per: Och folk slutar, vi tar in konsulter.\n\n"
    "Moderator: Vad skulle behövas?\n\n"
    "{first}: Fler tjänster och en rimlig ärendemängd.\n\n"
    "Per: Arbetsmiljön och kvaliteten är samma fråga.\n"
)
# the coder johan moderating beside the moderator: his turns ask
CO_MODERATED = (
    "Moderator: Hur ser ärendemängden ut hos er?\n\n"
    "Eva: Vi har för många ärenden per handläggare.\n\n"
    "Johan: Hur många ärenden har ni var?\n\n"
    "Per: Runt fyrtio, det är för många.\n\n"
    "Johan: Och hur var det för två år sedan?\n\n"
    "Eva: Färre, men vi var färre också.\n"
)


def _team(path: Path) -> Project:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    project.add_coder("karin")
    project.add_coder("johan")
    return project


def test_a_participant_sharing_a_coders_name_is_cited(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        doc = project.import_text("fokus.txt", GROUP.format(first="Karin"), lang="sv")
        asking = project.interviewer_labels()[doc.id]
        cited = project.speaker_pseudonyms()[doc.id]
    assert asking == {"Moderator"}
    assert cited == {"Karin": "IP1a", "Per": "IP1b"}


def test_a_group_talking_among_themselves_cites_her_too(tmp_path: Path) -> None:
    text = GROUP.format(first="Karin").replace("Moderator: ", "Eva: ").replace("?", ".")
    with _team(tmp_path / "p.db") as project:
        doc = project.import_text("fokus.txt", text, lang="sv")
        cited = project.speaker_pseudonyms()[doc.id]
    assert "Karin" in cited


def test_a_coder_asking_beside_the_moderator_stays_an_interviewer(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db") as project:
        doc = project.import_text("fokus.txt", CO_MODERATED, lang="sv")
        asking = project.interviewer_labels()[doc.id]
        cited = project.speaker_pseudonyms()[doc.id]
    assert asking == {"Moderator", "Johan"}
    assert cited == {"Eva": "IP1a", "Per": "IP1b"}

"""An interviewer and her participant of one name: the one answering is cited.

The ``interviewer`` attribute as written names the interviewer's label plainly. With "I:"
asking "Lena:" and the attribute "Lena" (Lena interviewing a Lena), both labels were the
interviewer's: the participant was cited nowhere, never proposed for the pseudonym key, so
her name went out as written, and her answers were quoted with the role 'interviewer'.
Beside a role label, the attribute no longer takes an interview's last participant (red
team 39)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

TALK = (
    "I: Hur ser uppdraget ut hos er?\n\n"
    "Lena: Vi pratar mer med politikerna nu, det är en dialog.\n\n"
    "I: Och budgeten?\n\n"
    "Lena: Den följer behoven bättre nu.\n"
)


def test_the_one_answering_is_the_participant(tmp_path: Path) -> None:
    document = ("ip_01.txt", TALK)
    with project_with(tmp_path / "p.db", document, attributes={"interviewer": "Lena"}) as p:
        doc = p.documents()[0].id
        assert p.interviewer_labels()[doc] == {"I"}
        assert p.speaker_pseudonyms()[doc] == {"Lena": "IP1"}
        names = [c.real for c in p.suggest_pseudonyms("lena", names=False)]
    assert "Lena" in names


def test_a_second_label_of_hers_beside_a_participant_stays_hers(tmp_path: Path) -> None:
    text = TALK.replace("Lena:", "Per:").replace("I: Och", "Lena: Och")
    with project_with(
        tmp_path / "p.db", ("ip_01.txt", text), attributes={"interviewer": "Lena"}
    ) as p:
        doc = p.documents()[0].id
        assert p.interviewer_labels()[doc] == {"I", "Lena"}
        assert p.speaker_pseudonyms()[doc] == {"Per": "IP1"}

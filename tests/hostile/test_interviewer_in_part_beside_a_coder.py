"""An interviewer named in part by the attribute, asking a participant who shares a coder's
name: the attribute's label is the interviewer, the one answering the participant.

"Johan:" asks, "Karin:" answers, the attribute says ``interviewer=Johan Ek`` and the team
has a coder karin. Without coder karin, Johan was the interviewer and Karin IP1; with her,
nobody was: both labels were only likenesses (Johan the attribute in part, Karin a coder's
name), only the coder's was handed to the turns, and Karin, answering, was not borne out,
so Johan Ek's questions were cited as a participant's (IP1a), his name proposed for the
key, and the interviewee renumbered IP1b (red team 42)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

TALK = (
    "Johan: Hur ser uppdraget ut hos er?\n\n"
    "Karin: Vi pratar mer med politikerna nu, det är en dialog.\n\n"
    "Johan: Och budgeten?\n\n"
    "Karin: Den följer behoven bättre nu.\n"
)
TEAM = (("lena", "lead"), ("karin", "coder"))


def test_the_attributes_first_name_asks_beside_a_coders_name(tmp_path: Path) -> None:
    with project_with(
        tmp_path / "p.db", ("ip_01.txt", TALK), attributes={"interviewer": "Johan Ek"}, coders=TEAM
    ) as p:
        doc = p.documents()[0].id
        assert p.interviewer_labels()[doc] == {"Johan"}
        assert p.speaker_pseudonyms()[doc] == {"Karin": "IP1"}
        assert [c.real for c in p.suggest_pseudonyms("lena", names=False)] == ["Karin"]

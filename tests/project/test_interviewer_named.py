"""An interviewer named in the speaker labels is no participant.

The interviewer's labels were "I", "Intervjuare" and the ``interviewer`` attribute as
written. A transcript naming her otherwise ("Maria:" with the attribute "Maria Lind",
"Intervjuare Maria:", or "Maria:" and no attribute at all) cited her as IP1a beside her
interviewee's IP1b, and a summary or the quotes report quoted her questions as the
participant's words (eyes37, left over)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with
from tests.project.interview_kit import cited_by_name, interviews


def test_only_the_interviewee_is_cited(tmp_path: Path) -> None:
    with interviews(tmp_path / "p.db") as project:
        cited = cited_by_name(project)
    assert cited == {
        "a_no_attribute.txt": {"Per": "IP1"},
        "b_whole_name.txt": {"Anna": "IP2"},
        "c_role_beside.txt": {"Eva": "IP3"},
        "d_same_first_name.txt": {"Lena Berg": "IP4"},
    }


def test_her_questions_are_quoted_as_the_interviewers(tmp_path: Path) -> None:
    with interviews(tmp_path / "p.db") as project:
        for doc in project.store.documents.summaries():
            text = project.store.documents.get(doc.id).text
            start = text.index(": ") + 2  # her first question, after her label
            project.add_coding(doc.id, start, text.index("\n"), "mission_dialogue", "lena")
            start = text.index("Vi pratar")  # the interviewee's answer
            project.add_coding(doc.id, start, start + 40, "mission_dialogue", "lena")
        quotes = project.report_quotes(layer="coder", viewer="lena")
        suggested = {c.real for c in project.suggest_pseudonyms("lena", names=False)}
    asked = quotes[quotes["text"].str.startswith("Hur ser")]
    answered = quotes[quotes["text"].str.startswith("Vi pratar")]
    assert list(asked["speaker_role"]) == ["interviewer"] * 4
    assert asked["participant"].isna().all()
    assert sorted(answered["participant"]) == ["IP1", "IP2", "IP3", "IP4"]
    assert not suggested & {"Maria", "Intervjuare Maria", "Lena"}


def test_a_pair_who_both_answer_is_not_guessed_at(tmp_path: Path) -> None:
    text = (
        "Anna: Vi har för många ärenden, det är svårt.\n"
        "Elsa: Ja, och chefen lyssnar inte alltid.\n"
        "Anna: Men det har blivit bättre i år?\n"
        "Elsa: Det har det, vi har fått fler kollegor.\n"
        "Anna: Och budgeten följer behoven nu.\n"
        "Elsa: Ja, äntligen.\n"
    )
    with project_with(tmp_path / "p.db") as project:
        doc = project.import_text("pair.txt", text, lang="sv")
        assert project.speaker_pseudonyms()[doc.id] == {"Anna": "IP1a", "Elsa": "IP1b"}

"""A label only like the interviewer's never takes an interview's participant, and the lead
has the last word over the guess of who asks; one plainly asking outweighs a coder's name.

The interviewer rule (``project/interviewer_labels.py``) also took a label sharing a coder's
name or the ``interviewer`` attribute in part. Beside a plain "I:" that dropped the one
answering: "Lena Berg" interviewed by "I" with the attribute "Lena", or an interviewee
"Karin" sharing coder karin's name, was cited nowhere and her answers were quoted as the
interviewer's. And the guess of the asker in an interview naming nobody could be neither
stopped nor corrected: now the ``interviewer`` attribute says who asks, or, naming no
label, that nobody in the transcript does (review38)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with
from tests.project.interview_kit import LEAD_AND_KARIN, Interviews, cited_by_name, interviews


def _cited(path: Path, docs: Interviews) -> dict[str, object]:
    """Each document's cited labels and the quotes report's speaker role of its one coding,
    the answer "Vi pratar ..." (each interview ends with the answerer saying the file's name)."""
    ending = "{answerer}: {name}\n"
    with interviews(path, docs, coders=LEAD_AND_KARIN, ending=ending) as project:
        for doc in project.store.documents.summaries():
            start = project.store.documents.get(doc.id).text.index("Vi pratar")
            project.add_coding(doc.id, start, start + 40, "mission_dialogue", "lena")
        cited = cited_by_name(project)
        quotes = project.report_quotes(layer="coder", viewer="lena")
        roles = dict(zip(quotes["document_name"], quotes["speaker_role"], strict=True))
    return {"cited": cited, "roles": roles}


def test_beside_a_plain_interviewer_the_one_answering_is_the_participant(tmp_path: Path) -> None:
    found = _cited(
        tmp_path / "p.db",
        {
            "a_first_name_attribute.txt": ("I", "Lena Berg", {"interviewer": "Lena"}),
            "b_named_as_a_coder.txt": ("Intervjuare", "Karin", {}),
            "c_whole_name_answering.txt": ("I", "Maria Lind", {"interviewer": "Maria"}),
        },
    )
    assert found["cited"] == {
        "a_first_name_attribute.txt": {"Lena Berg": "IP1"},
        "b_named_as_a_coder.txt": {"Karin": "IP2"},
        "c_whole_name_answering.txt": {"Maria Lind": "IP3"},
    }
    assert "interviewer" not in found["roles"].values()  # type: ignore[union-attr]


def test_a_likeness_still_names_her_where_another_answers(tmp_path: Path) -> None:
    found = _cited(
        tmp_path / "p.db",
        {
            "a_coder_asks.txt": ("Karin", "Per", {}),
            "b_part_of_the_attribute.txt": ("Maria", "Anna", {"interviewer": "Maria Lind"}),
        },
    )
    assert found["cited"] == {
        "a_coder_asks.txt": {"Per": "IP1"},
        "b_part_of_the_attribute.txt": {"Anna": "IP2"},
    }


def test_the_interviewer_attribute_overrides_the_guess(tmp_path: Path) -> None:
    found = _cited(
        tmp_path / "p.db",
        {
            "a_guessed.txt": ("Maria", "Per", {}),
            "b_nobody_here_asks.txt": ("Maria", "Per", {"interviewer": "Sofia Ek"}),
            "c_the_other_asks.txt": ("Maria", "Per", {"interviewer": "Per"}),
        },
    )
    assert found["cited"] == {
        "a_guessed.txt": {"Per": "IP1"},
        "b_nobody_here_asks.txt": {"Maria": "IP2a", "Per": "IP2b"},
        "c_the_other_asks.txt": {"Maria": "IP3"},
    }


def test_one_asking_outweighs_an_interviewee_sharing_a_coders_name(tmp_path: Path) -> None:
    found = _cited(
        tmp_path / "p.db",
        {
            "a_karin_answers.txt": ("Maria", "Karin", {}),
            "b_karin_asks.txt": ("Karin", "Maria", {}),
        },
    )
    assert found["cited"] == {
        "a_karin_answers.txt": {"Karin": "IP1"},
        "b_karin_asks.txt": {"Maria": "IP2"},
    }
    assert "interviewer" not in found["roles"].values()  # type: ignore[union-attr]


def test_a_focus_groups_moderator_is_named_by_her_role(tmp_path: Path) -> None:
    text = (
        "Samtalsledare: Vad tänker ni om uppdraget?\n"
        "Per: Vi pratar mer med politikerna nu.\n"
        "Eva: Ja, det har blivit bättre.\n"
        "Samtalsledare: Och budgeten?\n"
        "Per: Den följer behoven.\n"
    )
    with project_with(tmp_path / "p.db") as project:
        attributes = {"interviewer": "Sofia Ek"}  # her name, not her label
        sv = project.import_text("fokus.txt", text, lang="sv", attributes=attributes)
        en = project.import_text(
            "focus.txt",
            text.replace("Samtalsledare", "Facilitator (Sofia)"),
            lang="en",
            attributes=attributes,
        )
        cited = project.speaker_pseudonyms()
    assert cited[sv.id] == {"Per": "IP2a", "Eva": "IP2b"}
    assert cited[en.id] == {"Per": "IP1a", "Eva": "IP1b"}


def test_one_asking_outweighs_a_label_like_the_attribute(tmp_path: Path) -> None:
    found = _cited(
        tmp_path / "p.db",
        {
            "a_initials_ask.txt": ("AB", "Anna", {"interviewer": "Anna Berg"}),
            "b_first_name_asks.txt": ("Anna", "Per", {"interviewer": "Anna Berg"}),
        },
    )
    assert found["cited"] == {
        "a_initials_ask.txt": {"Anna": "IP1"},
        "b_first_name_asks.txt": {"Per": "IP2"},
    }
    assert "interviewer" not in found["roles"].values()  # type: ignore[union-attr]

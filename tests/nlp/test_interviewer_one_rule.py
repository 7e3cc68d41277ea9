"""One rule decides who asks, for the engine and the exports alike.

The engine read "I", "Intervjuare", a label beginning "intervjuare"/"interviewer" and the
``interviewer`` attribute (``nlp.scorers.is_interviewer``); the exports read these and also
a role word beside a name ("Intervjuare Maria", "Samtalsledare"), a role letter beside one
("I (Lena)") and "F" (``project/interviewer_labels.plainly_named``). A project's candidates
took either, but the benchmarks score without a project: there "Intervjuare Maria:" was a
participant whose questions were suggested, while every export left her words out. Both now
ask ``who_asks.asks_by_label``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.eval_suggest import candidates
from qualcode.nlp.scorers import is_interviewer
from qualcode.project.interviewer_labels import plainly_named
from tests.conftest import project_with

LABELS = [
    ("I", ""),
    ("I:", ""),
    ("Intervjuare", ""),
    ("Intervjuare Maria", ""),
    ("Interviewer 2", ""),
    ("Int.", ""),
    ("I (Lena)", ""),
    ("F", ""),
    ("Fråga", ""),
    ("Moderator", ""),
    ("Samtalsledare", ""),
    ("Facilitator (Sofia)", ""),
    ("Karin", "karin"),
    ("Maria Lind", "Maria Lind"),
    ("Maria", "Maria Lind"),  # the attribute in part is a likeness, not plainly hers
    ("R", ""),
    ("IP", ""),
    ("Respondent", ""),
    ("Intervjuperson", ""),
    ("Interviewee", ""),
    ("Socialsekreterare", ""),
    ("", ""),
]


@pytest.mark.parametrize(("label", "attribute"), LABELS)
def test_the_engine_and_the_exports_read_a_label_alike(label: str, attribute: str) -> None:
    engine = is_interviewer(label, attribute)
    exports = label.rstrip(":") in plainly_named([label.rstrip(":")], attribute)
    assert engine == exports


def test_a_role_beside_a_name_asks_without_a_project() -> None:
    rows = [
        {"text": "Hur ser introduktionen ut för nya socialsekreterare?", "speaker": name}
        for name in ("Intervjuare Maria", "I (Lena)", "Samtalsledare", "Karin")
    ]
    asks = [c.interviewer for c in candidates(rows, "sv")]
    assert asks == [True, True, True, False]


TALK = (
    "I: Hur ser uppdraget ut hos er?\n\n"
    "Lena: Vi pratar mer med politikerna nu, det är en dialog.\n\n"
    "I: Och budgeten?\n\n"
    "Lena: Den följer behoven bättre nu.\n"
)


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        (TALK, "Lena"),  # Lena interviewing a Lena: the one answering is the participant
        (TALK.replace("I: Och", "Lena: Och").replace("Lena: Vi", "Per: Vi"), "Lena"),
        (TALK, ""),
        (TALK.replace("I:", "Intervjuare Maria:"), "Lena"),
    ],
)
def test_a_project_and_the_benchmarks_take_the_same_labels_for_the_interviewer(
    tmp_path: Path, text: str, attribute: str
) -> None:
    """With "I:" asking "Lena:" and the attribute "Lena", a project took Lena for the
    participant (a485943b) while the engine's rule without a project, which the benchmarks
    score with, took her for the interviewer and left her answers unsuggested."""
    attributes = {"interviewer": attribute} if attribute else None
    with project_with(
        tmp_path / "p.db", ("ip_01.txt", text), attributes=attributes, coders=(("sara", "lead"),)
    ) as p:
        doc = p.documents()[0].id
        project = p.interviewer_labels()[doc]
    speakers = [line.split(":")[0] for line in text.split("\n\n")]
    labels = list(dict.fromkeys(speakers))
    engine = {label for label in labels if is_interviewer(label, attribute, labels)}
    assert engine == project
    rows = [
        {"text": line.split(": ", 1)[1], "speaker": line.split(":")[0], "interviewer": attribute}
        for line in text.strip().split("\n\n")
    ]
    asks = [c.interviewer for c in candidates(rows, "sv")]
    assert asks == [speaker in project for speaker in speakers]

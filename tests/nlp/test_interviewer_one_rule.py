"""One rule decides who asks, for the engine and the exports alike.

The engine read "I", "Intervjuare", a label beginning "intervjuare"/"interviewer" and the
``interviewer`` attribute (``nlp.scorers.is_interviewer``); the exports read these and also
a role word beside a name ("Intervjuare Maria", "Samtalsledare"), a role letter beside one
("I (Lena)") and "F" (``project/interviewer_labels.plainly_named``). A project's candidates
took either, but the benchmarks score without a project: there "Intervjuare Maria:" was a
participant whose questions were suggested, while every export left her words out. Both now
ask ``model.asks_by_label``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.eval_suggest import candidates
from qualcode.nlp.scorers import is_interviewer
from qualcode.project.interviewer_labels import plainly_named

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

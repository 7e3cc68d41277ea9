"""A coding that starts on a speaker label counts to the turn the label opens.

attach_turns promised so, but matched a coding to the last turn starting at or before it:
one coded from "Karin: Det var tungt" (the label is no turn's text) was the interviewer's
question above it, so `report quotes` and the codings export cited the participant's words
as the interviewer's, with no participant, and the turn one too early."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from qualcode import Project
from qualcode.analysis.frames import attach_turns

TEXT = (
    "Anteckningar\n\n"
    "I: Hur var det när du började?\n\n"
    "Karin: Det var tungt, vi hade för många ärenden.\n\n"
    "I: Och sedan?\n"
)


def test_each_coding_counts_to_the_turn_its_text_is_in() -> None:
    turns = pd.DataFrame(
        [("d", 0, "I", 3, 30), ("d", 1, "Karin", 40, 80), ("d", 2, "I", 85, 95)],
        columns=["document", "turn", "speaker", "start", "end"],
    )
    starts = [0, 3, 29, 30, 33, 40, 60, 80, 82, 90, 99]
    codings = pd.DataFrame({"document": ["d"] * len(starts), "start": starts, "end": 100})
    got = attach_turns(codings, turns)
    assert got["turn"].tolist() == [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]
    assert got["start"].tolist() == starts  # in the order given


def test_a_quote_coded_from_its_label_is_the_participant_s(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        project.act_as("lena")
        doc = project.import_text("aby_01.txt", TEXT, lang="sv").id
        start = TEXT.index("Karin:")
        project.add_coding(doc, start, start + 30, "mission", "lena")
        quote = project.report_quotes(viewer="lena").iloc[0]
    # the title, the question, then Karin's answer: turn 3, counted from 1
    assert (quote["turn"], quote["participant"]) == (3, "IP1"), quote.to_dict()
    assert quote["speaker_role"] != "interviewer"

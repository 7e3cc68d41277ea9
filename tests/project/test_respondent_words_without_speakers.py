"""`report words --respondents` counts a text without speakers whole: a policy document
has no interviewer to leave out, and read as nobody's words after the pair interview's
second participant was counted (9c226e93), a study of plans answered "No words" where it
had counted every word (review46). An interview's questions stay out. The texts are
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

PLAN = (
    "Nämnden ska följa upp ärendemängden varje kvartal.\n\n"
    "Personalomsättningen ska minska genom mentorskap.\n"
)
TALK = (
    "Intervjuare: Hur följer nämnden upp arbetet?\n\n"
    "IP1: Vi följer upp ärendemängden på varje möte.\n"
)


def test_a_text_without_speakers_counts_whole(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("plan.txt", PLAN), acting="lena") as project:
        project.import_text("ip1.txt", TALK, lang="sv")
        everyone = project.word_frequencies(respondents=True, top=50)
    words = {w.word: w.count for w in everyone}
    assert {"personalomsättningen", "mentorskap", "kvartal"} <= set(words), words
    assert words["ärendemängden"] == 2  # the plan's and the interviewee's
    assert "arbetet" not in words  # the interviewer's question is still left out

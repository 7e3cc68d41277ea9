"""An English transcript's title page, as a UK researcher types one in Word: a title with a
colon ("Interview transcript: care workforce study") over the head naming who took part
and the date. The title stopped the head being found, so the interviewee's name was a
participant's turn ("Participant" speaking "Margaret Okafor, team manager"), and "Date: 14
March 2026" was a speaker heard once beside R1 (user50b)."""

from __future__ import annotations

import pytest

from qualcode.ingest import find_turns

# Invented for this test.
TALK = (
    "Interviewer: Could you tell me about your team?\n\n"
    "R1: We are eleven social workers. The caseloads went up.\n\n"
    "Interviewer: What did that mean?\n\n"
    "R1: Families waited longer for a visit.\n"
)
HEAD = "Interviewer: Helen Carter\n\nParticipant: Margaret Okafor, team manager, Northfield"


@pytest.mark.parametrize(
    "top",
    [
        f"Interview transcript: Care workforce study\n\nInterview 1\n\n{HEAD}\n\n",
        f"Interview transcript: Care workforce study\n\n{HEAD}\n\nDate: 14 March 2026\n\n",
        f"{HEAD}\n\nDate: 14 March 2026\n\n",
        "Intervju 2: Arbetsmiljö\n\nIntervjuare: Sofia Ek\nIntervjuperson: Anna Berg\n\n"
        "Datum: 3 mars 2026\n\n",
    ],
)
def test_the_title_page_is_nobody_s_turn(top: str) -> None:
    text = top + TALK.replace("R1:", "IP:") if "Intervju " in top else top + TALK
    turns = find_turns(text)
    spoken = [t.speaker for t in turns if t.speaker]
    assert len(spoken) == 4
    assert set(spoken) <= {"Interviewer", "R1", "IP"}
    first = next(t for t in turns if t.speaker)
    assert text[first.start : first.end] == "Could you tell me about your team?"


def test_a_date_said_by_a_speaker_heard_twice_is_talk() -> None:
    text = "Interviewer: When did it start?\n\nR1: 14 March 2026\n\n" + TALK
    spoken = [t.speaker for t in find_turns(text) if t.speaker]
    assert spoken == ["Interviewer", "R1"] * 3

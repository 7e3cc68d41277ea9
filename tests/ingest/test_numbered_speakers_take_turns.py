"""Two speakers numbered 1 and 2 taking turns are speakers, not a list started over.

aaaccfa read numbers that only climb and start over at 1 as a list's or a document's
sections ("1: Inledning", "2: Bakgrund", an appendix's list from "1:"), which kept
policies and minutes from reading as dialogues; but an interview that numbers its two
speakers climbs 1, 2 and starts over at 1 with every question, and read as one paragraph
without a speaker. Two or three numbers, 1 three times or more and each other twice, are
speakers taking turns.
"""

from __future__ import annotations

from qualcode.ingest.speakers import find_turns

INTERVIEW = (
    "1: Hur började det?\n"
    "2: Vi träffades på ett möte i mars.\n"
    "1: Vem var där?\n"
    "2: Chefen och några socialsekreterare.\n"
    "1: Och sen?\n"
    "2: Sen byggde vi det tillsammans.\n"
)
POLICY = (
    "1: Inledning\n\nKommunen ska erbjuda stöd till alla som behöver det.\n\n"
    "2: Bakgrund\n\nBehovet har ökat sedan förra året.\n\nBilaga\n\n"
    "1: Alla ska få en kontaktperson.\n\n2: Ingen ska vänta mer än en vecka.\n"
)


def test_two_numbered_speakers_taking_turns_speak() -> None:
    speakers = [turn.speaker for turn in find_turns(INTERVIEW)]
    assert speakers == ["1", "2", "1", "2", "1", "2"]


def test_a_last_question_without_its_answer_still_speaks() -> None:
    text = INTERVIEW + "1: Något mer?\n"
    assert [turn.speaker for turn in find_turns(text)][-2:] == ["2", "1"]


def test_the_first_speaker_twice_in_a_row_still_speaks() -> None:
    text = "1: Får jag börja?\n1: Hur började det?\n" + INTERVIEW[INTERVIEW.index("2:") :]
    assert [turn.speaker for turn in find_turns(text)][:3] == ["1", "1", "2"]


def test_a_list_started_over_once_is_still_no_speaker() -> None:
    assert {turn.speaker for turn in find_turns(POLICY)} == {None}

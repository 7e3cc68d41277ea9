"""A participant's number as a speaker label ("094:"), as archived English transcripts
name their interviewees: read as text, the answers joined the interviewer's turns and
the suggester, which gives questions no code, scored none of them."""

from __future__ import annotations

from qualcode.ingest import find_turns

ARCHIVED = (
    "INT:\tWhat is your role on the ward?\n\n"
    "094:\tI help patients eat and drink when the nurses have no time.\n\n"
    "INT:\tHow long have you worked here?\n\n"
    "094:\tFour years.\n"
)


def test_a_numbered_participant_speaks_her_own_turns() -> None:
    turns = find_turns(ARCHIVED)
    assert [t.speaker for t in turns] == ["INT", "094", "INT", "094"]
    assert ARCHIVED[turns[1].start : turns[1].end].startswith("I help patients")


def test_a_number_opening_one_line_stays_text() -> None:
    text = "I: What changed?\n\n2019: the budget was cut.\n\nR: Everything.\n"
    turns = find_turns(text)
    assert [t.speaker for t in turns] == ["I", "R"]
    assert "2019: the budget" in text[turns[0].start : turns[0].end]


def test_a_clock_time_is_no_label() -> None:
    turns = find_turns("I: When?\n\nR: At 10:15 we met.\n\n10:30 was too late.\n")
    assert [t.speaker for t in turns] == ["I", "R"]

"""A transcript's head naming who took part ("Intervjuare: Sofia Ek" over "Intervjuperson:
Anna Berg, enhetschef", or both on one line) was read as turns: "Intervjuperson" became a
second participant heard once, so the only interviewee was cited as "IP1b" beside an
"IP1a" who was the head line, and the one-line head was the interviewer's first turn
(user50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest import find_turns
from tests.conftest import project_with

# Invented for this test.
TALK = (
    "Intervjuare: Hur såg det ut när du började?\n\n"
    "IP: Ärendemängden var orimlig.\n\n"
    "Intervjuare: Vad hände sedan?\n\n"
    "IP: Politikerna kom och lyssnade.\n"
)
HEADS = [
    "Intervjuare: Sofia Ek\nIntervjuperson: Anna Berg, enhetschef",
    "Intervjuare: Sofia Ek. Intervjuperson: Anna Berg, enhetschef.",
    "Interviewer: Sofia Ek. Participant: Anna af Klint (team leader).",
    "Intervjuare: Lars-Erik Wahlberg\nIP: Anna Berg",
]


@pytest.mark.parametrize("head", HEADS)
def test_a_head_naming_who_took_part_is_nobody_s_words(head: str) -> None:
    text = f"Intervju 7\n\n{head}\n\n{TALK}"
    turns = find_turns(text)
    spoken = [t.speaker for t in turns if t.speaker]
    assert spoken == ["Intervjuare", "IP"] * 2
    first = next(t for t in turns if t.speaker)
    assert text[first.start : first.end] == "Hur såg det ut när du började?"


@pytest.mark.parametrize(
    "opening",
    [
        "Intervjuare: Hej Anna.\n\nIP: Hej Sofia.",  # greetings are talk
        "Intervjuare: Okej Anna.\nIP: Ja Sofia.",  # and answers
        "Intervjuare: Sofia Ek",  # one name alone may be an answer's words: kept
    ],
)
def test_talk_at_the_top_still_speaks(opening: str) -> None:
    turns = find_turns(f"{opening}\n\n{TALK}")
    first = turns[0]
    assert first.speaker == "Intervjuare"
    assert len([t for t in turns if t.speaker]) == opening.count(":") + 4


def test_the_interviewee_is_cited_alone(tmp_path: Path) -> None:
    path = tmp_path / "intervju_7.txt"
    path.write_text(f"Intervju 7\n\n{HEADS[0]}\n\n{TALK}", encoding="utf-8")
    with project_with(tmp_path / "p.db") as project:
        project.import_files([path], lang="sv", actor="lena")
        cited = project.speaker_pseudonyms()
    assert list(cited.values()) == [{"IP": "IP1"}]


# a group interview's head names each participant under her numbered label (review50)
GROUP_TALK = "Intervjuare: Hur började det?\n\nIP1: Det var svårt.\n\nIP2: Ja, det var det.\n"


@pytest.mark.parametrize(
    "head",
    [
        "Intervjuare: Sofia Ek\nIP1: Anna Berg, enhetschef\nIP2: Per Olsson",
        "Intervjuare: Sofia Ek. IP1: Anna Berg, enhetschef. IP2: Per Olsson.",
        "Intervjuare: Sofia Ek\nIntervjuperson 1: Anna Berg\nIntervjuperson 2: Per Olsson",
    ],
)
def test_a_group_interview_s_head_under_numbered_labels_is_nobody_s_words(head: str) -> None:
    text = f"{head}\n\n{GROUP_TALK}"
    turns = [t for t in find_turns(text) if t.speaker]
    assert [t.speaker for t in turns] == ["Intervjuare", "IP1", "IP2"]
    assert "Anna" not in " ".join(text[t.start : t.end] for t in turns)


@pytest.mark.parametrize(
    "opening",
    ["I: Good Morning.\nR: Good Morning, Anna.", "I: Thank You.\nR: Thank You, Sofia."],
)
def test_an_english_greeting_in_capitals_is_talk(opening: str) -> None:
    turns = find_turns(f"{opening}\n\nI: How did it start?\n\nR: It was hard.\n")
    assert [t.speaker for t in turns if t.speaker] == ["I", "R", "I", "R"]


@pytest.mark.parametrize(
    "fields",
    ["Datum: 2024-05-14", "Datum: 14 maj 2024\nPlats: Åby", "Datum: 2024-05-14. Tid: 10.00"],
)
def test_a_head_under_the_interview_s_date_is_nobody_s_words(fields: str) -> None:
    # under a date line the head was the interviewer's and the interviewee's first turns
    text = f"{fields}\n{HEADS[0]}\n\n{TALK}"
    turns = [t for t in find_turns(text) if t.speaker]
    assert [t.speaker for t in turns] == ["Intervjuare", "IP"] * 2
    assert text[turns[0].start : turns[0].end] == "Hur såg det ut när du började?"

"""Bracketed annotations ([skratt], (paus), [ohörbart], [laughs]) stay inside one unit.

spaCy's sentencers cut after the full stop and before the bracket's letters, so quotes began
with ``skratt]``; units are the grain of suggestions, agreement and quotes, so they must
begin outside brackets, in both languages and in every demo transcript.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.ingest import find_turns
from qualcode.nlp.units import segment

OPEN, CLOSE = "[(", "])"


def _inside_brackets(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` begins inside a bracket opened before it in its turn."""
    depth = 0
    for char in text[:start]:
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
        elif char == "\n":
            depth = 0
    return depth > 0 or text[start:end].startswith(tuple(CLOSE))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "I: Vad läste du?\nR: Samhällskunskap och historia. [skratt] Så man kan säga att "
            "det var bra. (paus) Ja. [ohörbart] Och sen?",
            [
                "Vad läste du?",
                "Samhällskunskap och historia. [skratt]",
                "Så man kan säga att det var bra. (paus)",
                "Ja. [ohörbart]",
                "Och sen?",
            ],
        ),
        (
            "en",
            "I: And?\nR: It was hard. [laughs] But we managed. (pause) Then it got better "
            "[inaudible] later.",
            [
                "And?",
                "It was hard. [laughs]",
                "But we managed. (pause)",
                "Then it got better [inaudible] later.",
            ],
        ),
        (
            "sv",
            "I: Och?\nR: [skratt] Ja, det var så. Mm.",
            ["Och?", "[skratt] Ja, det var så.", "Mm."],
        ),
    ],
)
def test_annotations_stay_in_a_unit(lang: str, text: str, expected: list[str]) -> None:
    units = segment(text, find_turns(text), lang)
    assert [text[u.start : u.end] for u in units] == expected


def test_an_unclosed_bracket_does_not_swallow_the_turn() -> None:
    """A stray "(" (a list, a smiley) must not glue every later sentence into one unit."""
    text = "I: Och?\nR: Tre saker :( Det var tufft. Vi hade för många ärenden. Nu är det bättre."
    pieces = [text[u.start : u.end] for u in segment(text, find_turns(text), "sv")]
    assert len(pieces) >= 3


def test_no_demo_unit_starts_inside_brackets(demo_file: Path) -> None:
    with Project.open(demo_file) as project:
        docs = project.documents()
        assert len(docs) >= 10
        checked = 0
        for info in docs:
            text = project.document(info.id).text
            for unit in project.units(info.id):
                assert not _inside_brackets(text, unit.start, unit.end), (
                    info.name,
                    text[unit.start : unit.start + 40],
                )
                checked += 1
        assert checked > 500

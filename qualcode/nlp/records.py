"""Units of written text that record who and when: a roll of people, a form's fields.

Minutes and official letters open with their record: who attended and in what role ("Lena
Ek, förvaltningschef", "Per Holm (C)X"), who signs, and fields filled in
("Ordförande: Eva Lind", "Datum: 2023-03-14"). A PDF or a page copied from a
site often keeps such a block as one unit of several lines. It names people and dates and
says nothing of what the committee discussed, yet its role words are keywords: a roll of six
officials was suggested mission dialogue at 0.56 with the semantic tier and 0.92 without
it, for "förvaltningschef" (a committee's minutes, stop 30). A record gets no code and
lends none (``headings.headings``), as a heading does.

A unit is a record when it does not end as a sentence and at least ``RECORD_SHARE`` of its
lines are a person (names opening the line, then a role after a comma, of at most
``ROLE_WORDS`` words that tell nothing, or a party in brackets), a field (a short label, a
colon, and a value of names, figures or dates) or, in a unit of several lines, a short line
of at most ``SHORT_LINE`` words with no sentence end, not running on in lower case
("Justeringens", "Paragrafer 12–22", "§§ 12-18"). A single
line is a record only as a person or a field; a heading in title case ("Social Work
Capacity") or a list item ("Mentorskap: nya medarbetare får en mentor", its value in lower
case) is neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from qualcode.nlp.lines import ends_sentence
from qualcode.nlp.scorers import Candidate

RECORD_SHARE = 2 / 3
SHORT_LINE = 3
_NAME = r"[A-ZÅÄÖÉÜ][\w'’-]+"
# "Lena Ek, förvaltningschef", "Eva Lind, controller, §§ 12-18",
# "Per Holm (C)X": two to four names, then a role or a party (and a tick); a signature
# may open with the title ("Förvaltningschef socialtjänsten Ola Berg, Socialchef ...")
_TITLE = r"(?:[A-ZÅÄÖÉÜ][\w-]*\s+(?:[a-zåäöéü][\w-]*\s+){0,2})?"
_PERSON = re.compile(
    rf"^{_TITLE}(?:{_NAME}\s+){{1,3}}{_NAME}\s*"
    rf"(?:,\s*(?P<role>[^.!?:]{{1,80}})|\([\w-]{{1,5}}\)\s*\w{{0,3}})$"
)
# A role is a few words and tells nothing ("biträdande förvaltningschef", "controller, §§
# 12-18", "enhetschef för barn och unga"); a list's item naming a measure, then what it
# does ("Trygg Start, introduktion med mentor och minskad ärendemängd", "Practice Leads,
# senior social workers who mentor staff") is no person (review31)
ROLE_WORDS = 6
_TELLS = re.compile(r"\b(?:som|där|vilka|vilket|who|which|that|where)\b", re.IGNORECASE)
# "Ordförande: Eva Lind", "Datum: 2023-03-14", "Val av justerare: Per Holm (S)": a label
# of at most four words, then up to five words of names or figures
_VALUE_WORD = r"(?:[(]?[A-ZÅÄÖÉÜ0-9][\w'’().,/:-]*|[-–/&]|och|and)"
_FIELD = re.compile(
    rf"^[A-ZÅÄÖÉÜ][\w-]*(?:\s+[\w-]+){{0,3}}\s*:\s*{_VALUE_WORD}(?:\s+{_VALUE_WORD}){{0,4}}$"
)


def _record_line(line: str, several: bool) -> bool:
    """Whether one line of a unit records a person, a field or (in a block of several
    lines) a short label or figure."""
    person = _PERSON.match(line)
    role = person.group("role") if person else None
    if role is not None and (len(role.split()) > ROLE_WORDS or _TELLS.search(role)):
        person = None
    if person or _FIELD.match(line):
        return True
    return (
        several
        and not line[0].islower()  # a wrapped sentence's next line runs on in lower case
        and len(line.split()) <= SHORT_LINE
        and not ends_sentence(line)
    )


def is_record(text: str) -> bool:
    """Whether a unit of written text is a record of who and when (see the module)."""
    rows = [line.strip() for line in text.splitlines() if line.strip()]
    if not rows or ends_sentence(text.strip()):
        return False
    several = len(rows) >= 2
    hits = sum(_record_line(line, several) for line in rows)
    return hits >= RECORD_SHARE * len(rows)


def records(candidates: Sequence[Candidate]) -> np.ndarray:
    """Per unit: a record of written text (``is_record``). A speaker's words are never one:
    "Lena, enhetschef" said in an interview is an answer."""
    written = [c.turn >= 0 and not c.spoken and not c.interviewer for c in candidates]
    return np.array(
        [here and is_record(c.text) for here, c in zip(written, candidates, strict=True)],
        dtype=bool,
    )

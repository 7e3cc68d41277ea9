"""Transcripts laid out as a table: a row per turn, the speaker in one cell and the words in
the next, a time before them or not ("00:00:07 | Respondent | Med en omorganisation."), as
transcription services and many transcribers deliver them in Word. The readers give a row
as one line of tab-separated cells; read as plain paragraphs, nobody spoke: the speaker's
name was part of every sentence unit, quotes cited "paragraph 4" and no pseudonym could be
given to a speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from qualcode.model import Turn

_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_ROW = re.compile(
    rf"^[ \t]*(?:[\[(]?(?P<ts>{_STAMP})[\])]?\t+)?"
    r"(?P<label>[A-ZÅÄÖ][\wÅÄÖåäö.'-]*(?:[ ][\wÅÄÖåäö.'-]+){0,3}):?\t+(?=\S)",
    re.MULTILINE,
)
# what ends a turn said aloud; a plan's table ("HR | Mentorskap för nya") ends in none
_SAID = (".", "?", "!", "…", '"', "”", "]", ")")


def row_turns(text: str, paragraphs: Callable[[str], tuple[Turn, ...]]) -> tuple[Turn, ...] | None:
    """Turns of a transcript laid out as a table, the rest of the text as ``paragraphs``
    reads it (a title above, a closing note below), or ``None`` when the text is not laid
    out so. Three rows at least, two speakers or more, one of them heard twice, times that
    never go back, and at least half the rows ending as speech does: a plan's table of
    actions by who is responsible ("HR | Mentorskap för nya") stays a table."""
    # the words are the row's last cell: a header row ("Tid | Talare | Text") has more
    rows = [m for m in _ROW.finditer(text) if _words(text, m) and "\t" not in _words(text, m)]
    labels = Counter(m.group("label") for m in rows)
    times = [_seconds(m.group("ts")) for m in rows if m.group("ts")]
    said = sum(_words(text, m).endswith(_SAID) for m in rows)
    if (
        len(rows) < 3
        or len(labels) < 2
        or max(labels.values()) < 2
        or times != sorted(times)
        or 2 * said < len(rows)
    ):
        return None
    turns: list[Turn] = []
    at = 0
    for match in rows:
        turns += _shifted(paragraphs(text[at : match.start()]), at)
        end = _line_end(text, match.end())
        words = _words(text, match)
        stamp = _seconds(match.group("ts")) if match.group("ts") else None
        turns.append(Turn(0, match.group("label"), match.end(), match.end() + len(words), stamp))
        at = end
    turns += _shifted(paragraphs(text[at:]), at)
    return tuple(
        Turn(i, t.speaker, t.start, t.end, t.start_time, t.end_time) for i, t in enumerate(turns)
    )


def _words(text: str, row: re.Match[str]) -> str:
    """A row's words: the rest of its line after the speaker's cell."""
    return text[row.end() : _line_end(text, row.end())].rstrip()


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _shifted(turns: tuple[Turn, ...], by: int) -> list[Turn]:
    """``turns`` read from a slice of the text, their offsets moved to the whole text's."""
    return [Turn(0, t.speaker, t.start + by, t.end + by) for t in turns]


def _seconds(stamp: str) -> float:
    total = 0.0
    for part in stamp.split(":"):
        total = total * 60 + float(part.replace(",", "."))
    return total

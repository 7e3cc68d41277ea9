"""Where in a text's lines a word stands: in running text (a line that ends a sentence, or
one longer than a heading ever is) or in a title, heading or contents line, whose capitals
say no more than a sentence's first one. The name finder (``export/names.py``) asks it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

LINE_WORD = re.compile(r"[^\W\d_][\w'-]*")

# a sentence's end in a line: a small letter or a bracket, then the stop and a space or
# the line's end; a contents line's leader ("Omvärldsanalys... 22") is none
_SENTENCE_END = re.compile(r"[a-zåäöéü\d)\]][.!?](?=\s|$)", re.MULTILINE)
_RUNNING_WORDS = 10  # a line this long is prose, its sentence wrapped onto the next one


def running_lines(text: str) -> Callable[[int], bool]:
    """Whether the character at an offset of ``text`` stands in running text: a line that
    ends a sentence, or one longer than a heading ever is. A title, a heading or a
    contents line capitalises a common word as a name is ("4.1 Framåtblick... 22",
    "Förutsättningar till Flerårsplan"); a word written so in a sentence is used as one."""
    starts: list[int] = []
    running: list[bool] = []
    at = 0
    for line in text.splitlines(keepends=True):
        starts.append(at)
        running.append(
            bool(_SENTENCE_END.search(line)) or len(LINE_WORD.findall(line)) > _RUNNING_WORDS
        )
        at += len(line)

    def running_at(offset: int) -> bool:
        line = bisect_right(starts, offset) - 1
        return line >= 0 and running[line]

    return running_at

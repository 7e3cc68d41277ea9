"""A web page's footnote marks out of its sentences, where the page's notes follow its text.

Google Docs, downloaded as a web page, writes a footnote's mark as "[1]" glued to the word it
follows ("omorganisation[1]. Sen ...") and the notes after the text ("[1] År 2029."). A
.docx of the same document keeps no mark in the sentence (the note's number is no text), so
a quote from the page read "omorganisation[1]." Only a mark glued to the word before it and
numbering one of the notes goes: "se [1]" with a space, as a reference list is cited, stays.
"""

from __future__ import annotations

import re

_NOTE = re.compile(r"\[(\d{1,2})\]\s*\S")
_MARK = re.compile(r"(?<=[^\s\[])\[(\d{1,2})\](?=[\s.,;:!?)”\"']|$)")


def marks_out(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with the marks of the notes closing them taken out of the text before
    them; as they were when the page ends in no run of notes numbered 1, 2, ... in order."""
    first = len(paragraphs)
    while first > 0 and _NOTE.match(paragraphs[first - 1]):
        first -= 1
    numbers = [int(found.group(1)) for p in paragraphs[first:] if (found := _NOTE.match(p))]
    if 1 not in numbers:
        return paragraphs
    start = len(numbers) - 1 - numbers[::-1].index(1)  # the last run counting from 1
    if numbers[start:] != list(range(1, len(numbers) - start + 1)):
        return paragraphs
    first += start
    noted = set(numbers[start:])
    body = [
        _MARK.sub(lambda m: "" if int(m.group(1)) in noted else m.group(0), p)
        for p in paragraphs[:first]
    ]
    return body + paragraphs[first:]

"""Where a plain text's lines part into paragraphs, and so into turns and sentence units.

A policy document saved or copied as plain text keeps its head as lines one under another
with no blank line between them: the title, the municipality, the committee, "MOTION", a
date, a registration number, then its first paragraph. Read as one paragraph wrapped at its
line ends, that head was one sentence unit glued to the text's first sentence (spaCy ends
no sentence where no full stop stands), which a coder could only code whole and the engine
scored as one passage; a heading typed above its text ("Rutin för ...") ran into it too.

Here a plain text's lines part where its writer parted them:

- a text wrapped at a fixed width (``wrapped.hard_wrapped``) parts where the coding screen
  draws it apart (``wrapped.wrapped_parts``: a list item, a heading, a new sentence after a
  short line), so a unit never spans two paragraphs the screen shows apart;
- any other text wrote a paragraph a line: every line is one, unless it plainly goes on
  the sentence the line above broke off (lower case after no end mark, or after a comma,
  a dash or a word a sentence runs on with), as a title wrapped over two lines does.

A sentence is never cut here: where a line goes on the one above it stays joined, and a
paragraph's sentences are still cut by spaCy alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qualcode.ingest.pdf_layout import RUNS_ON, goes_on
from qualcode.ingest.wrapped import hard_wrapped, wrapped_parts

__all__ = ["line_parts", "own_lines"]

# what a line's end carries over to the next: a comma, a hyphen or a dash ("socialtjänst –")
_CARRIES = (",", "-", "–", "—", "/", "&")
# a line that is an address alone (an e-mail, a web address): a head's contact line, never
# the rest of the sentence above it, though it begins in lower case
_ADDRESS = re.compile(r"^\s*(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)\s*$", re.IGNORECASE)


def line_parts(text: str) -> Callable[[str, str], bool]:
    """Where the lines of ``text`` (a plain text's whole) part: ``(before, line) -> apart``."""
    return wrapped_parts(text) if hard_wrapped(text) else own_lines


def own_lines(before: str, line: str) -> bool:
    """Whether ``line`` is a paragraph of its own after ``before`` in a text that writes a
    paragraph a line: yes, unless it goes on the sentence ``before`` broke off."""
    if _ADDRESS.match(line):
        return True
    if goes_on(before, line):
        return False
    end = before.rstrip()
    last = end.rsplit(None, 1)[-1].casefold() if end else ""
    return not (end.endswith(_CARRIES) or last in RUNS_ON)

"""One coder's version of a reconcile case, shown in its context.

The lead decides a boundary or presence case by reading what surrounds the passage, so
each version shows the sentence before and the sentence after the case (capped at
``CONTEXT`` characters each side) dimmed, the case's own stretch plain, and this coder's
spans of the code reversed. Built as a ``rich.text.Text``, so nothing in a transcript is
ever read as markup.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from rich.text import Text

from qualcode.model import Unit
from qualcode.reconcile import Case
from qualcode.tui.safe import cleaned, plain

CONTEXT = 200  # at most this many characters of context before and after a case


def context_window(
    length: int, units: Sequence[Unit], start: int, end: int, cap: int = CONTEXT
) -> tuple[int, int]:
    """From the start of the sentence before the case to the end of the sentence after it,
    never more than ``cap`` characters outside the case (without units: ``cap`` each side)."""
    lo, hi = max(0, start - cap), min(length, end + cap)
    if not units:
        return lo, hi
    first = bisect.bisect_right([u.start for u in units], start) - 1  # holds the start
    last = bisect.bisect_left([u.end for u in units], end)  # holds the end
    before = units[max(first - 1, 0)].start if first >= 0 else 0
    after = units[min(last + 1, len(units) - 1)].end if last < len(units) else length
    return max(lo, before), min(hi, max(after, end))


def version_text(
    text: str,
    units: Sequence[Unit],
    case: Case,
    coder: str,
    heading: str,
    cap: int = CONTEXT,
) -> Text:
    """``heading`` on its own line, then the passage: context dim, this coder's spans of
    the case's code reversed, the rest of the case plain."""
    lo, hi = _whole_words(text, *context_window(len(text), units, case.start, case.end, cap))
    lo, hi = min(lo, case.start), max(hi, case.end)
    body = Text(plain(heading) + "\n\n", style="bold")
    body.append("…" if lo > 0 else "")
    body.append(_flat(text[lo : case.start]), style="dim")
    pos = case.start
    for s, e in case.versions.get(coder, ()):
        body.append(_flat(text[pos:s]))
        body.append(_flat(text[s:e]), style="reverse")
        pos = e
    body.append(_flat(text[pos : case.end]))
    body.append(_flat(text[case.end : hi]), style="dim")
    body.append("…" if hi < len(text) else "")
    cleaned(body)
    return body


def _whole_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A capped window moved in to the nearest spaces, so it never shows half a word."""
    if 0 < lo < len(text) and not text[lo - 1].isspace():
        space = text.find(" ", lo, hi)
        lo = space + 1 if space >= 0 else lo
    if 0 < hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", lo, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def _flat(text: str) -> str:
    """Blank lines between turns as one line break, so a version fits its pane."""
    return re.sub(r"\n\s*\n", "\n", text)

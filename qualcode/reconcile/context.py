"""How much of a document to show around a case: the sentence before and after it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from qualcode.model import Unit

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


def whole_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A capped window moved in to the nearest spaces, so it never shows half a word."""
    if 0 < lo < len(text) and not text[lo - 1].isspace():
        space = text.find(" ", lo, hi)
        lo = space + 1 if space >= 0 else lo
    if 0 < hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", lo, hi)
        hi = space if space >= 0 else hi
    return lo, hi


# what ends a sentence, and what may close after it ("så.”", "nej!)")
_ENDS = ".!?…"
_CLOSERS = "\"'”’»)]"
_TIME = re.compile(r"^\[[^\]]*\]\s*")  # a time stamp before a label: "[00:02:05] Lena:"


def cut_sides(text: str, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the window ``text[lo:hi]`` cuts into a sentence at its start and at its end.

    The agenda marks a cut with an ellipsis; a window that begins or ends where a sentence,
    a line, a speaker's turn or the document does cut nothing, and an ellipsis there read
    as words left out (render40 saw "sämre.…" under every case whose context ended on a
    full stop)."""
    head = text[:lo].rstrip(" \t")
    cut_before = not (not head or head.endswith("\n") or _ends_sentence(head) or _a_label(head))
    tail = text[hi:].lstrip(" \t")
    cut_after = bool(tail) and not tail.startswith("\n") and not _ends_sentence(text[:hi])
    return cut_before, cut_after


def with_label(text: str, lo: int) -> int:
    """``lo`` moved back to the start of its line when only a speaker's label stands
    before it there: a context opening on a turn opens with who speaks. Without it the
    demo's agenda quoted the interviewer's "Vad hände då?" with no label above the
    respondent's "IP1: ...", and a turn that opened a context was nobody's (render44)."""
    start = text.rfind("\n", 0, lo) + 1
    head = text[start:lo].rstrip(" \t")
    return start if head and _a_label(head) else lo


def _a_label(head: str) -> bool:
    """Whether ``head`` ends in a speaker's label opening a line ("Elin:", "[00:02:05]
    Lena:"): a context from the start of a turn cuts no words, only the label."""
    line = _TIME.sub("", head.rsplit("\n", 1)[-1])
    return line.endswith(":") and len(line.split()) <= 2 and line[:1].isupper()


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, after any quotation marks or brackets closing it."""
    return text.rstrip().rstrip(_CLOSERS).endswith(tuple(_ENDS))

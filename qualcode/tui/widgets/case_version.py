"""One coder's version of a reconcile case, shown in its context.

The lead decides a boundary or presence case by reading what surrounds the passage, so
each version shows the sentence before and the sentence after the case (capped at
``CONTEXT`` characters each side) dimmed, the case's own stretch plain, and this coder's
spans reversed. Built as a ``rich.text.Text``, so nothing in a transcript is
ever read as markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from rich.text import Text

from qualcode.model import Unit
from qualcode.reconcile import Case
from qualcode.reconcile.context import CONTEXT, context_window, cut_sides, whole_words
from qualcode.tui.safe import cleaned, plain

__all__ = ["CONTEXT", "context_window", "version_text"]


def version_text(
    text: str,
    units: Sequence[Unit],
    case: Case,
    coder: str,
    heading: str,
    cap: int = CONTEXT,
    labels: Mapping[str, str] | None = None,
) -> Text:
    """``heading`` on its own line, then the passage: context dim, this coder's spans
    (of whatever code; the heading names them) reversed, the rest of the case plain.
    A version of two or more codes puts each code's short name (``labels``) in brackets
    where its span starts: reversed alike, which span was which code was a guess (eyes6)."""
    lo, hi = whole_words(text, *context_window(len(text), units, case.start, case.end, cap))
    lo, hi = min(lo, case.start), max(hi, case.end)
    # an ellipsis only where the context cuts into a sentence, as the agenda marks it
    cut_before, cut_after = cut_sides(text, lo, hi)
    body = Text(plain(heading) + "\n\n", style="bold")
    body.append("…" if cut_before else "")
    body.append(_flat(text[lo : case.start]), style="dim")
    pos = case.start
    version = case.versions.get(coder)
    starts: dict[int, list[str]] = {}
    if version is not None and len(version.codes) > 1:
        for code in version.codes:
            for s, _e in version.spans[code]:
                starts.setdefault(s, []).append((labels or {}).get(code, code))
    for s, e in version.all_spans() if version else ():
        body.append(_flat(text[pos:s]))
        cuts = sorted({s, e, *(p for p in starts if s < p < e)})
        for a, b in pairwise(cuts):
            for name in starts.get(a, ()):
                body.append(f"[{plain(name)}] ", style="bold")
            body.append(_flat(text[a:b]), style="reverse")
        pos = e
    body.append(_flat(text[pos : case.end]))
    body.append(_flat(text[case.end : hi]), style="dim")
    body.append("…" if cut_after else "")
    cleaned(body)
    return body


def _flat(text: str) -> str:
    """Blank lines between turns as one line break, so a version fits its pane."""
    return re.sub(r"\n\s*\n", "\n", text)

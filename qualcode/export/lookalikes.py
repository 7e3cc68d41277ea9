"""Replacing names in a text that may spell them with lookalike letters, keeping offsets.

Text taken from a PDF holds ligatures where the font had them: "Soﬁa", "Staﬀanstorp" (one
character each for "fi" and "ff"), which print as "Sofia" and "Staffanstorp"; text typed
in an East Asian input mode holds full-width letters ("Ｅｌｉｎ"). The stored text keeps
them (it is never changed after import), so the pseudonym key looks for names in a view
of the text with each such letter written plainly (Unicode's compatibility form) and
replaces what it finds in the text as stored, everything else left as it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# letters that are other letters in another form: IJ, long s, the Latin ligatures (ff, fi,
# fl, ffi, ffl, st), full-width Latin letters, mathematical letters and digits
_LOOKALIKE = re.compile(
    "[\u0132\u0133\u017f\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff]"
)


def plain_letters(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each lookalike letter written plainly, and for each character of that
    the index in ``text`` of the character it comes from (None: the same text)."""
    if not _LOOKALIKE.search(text):
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    for at, ch in enumerate(text):
        plain = unicodedata.normalize("NFKC", ch) if _LOOKALIKE.match(ch) else ch
        pieces.append(plain)
        origin.extend([at] * len(plain))
    return "".join(pieces), origin


def unmoved(offset: int) -> int:
    """An offset in a text nothing was replaced in."""
    return offset


def chained(first: Callable[[int], int], second: Callable[[int], int]) -> Callable[[int], int]:
    """An offset moved by one pass of ``replace_mapped`` (``first``), then by the next."""
    return lambda offset: second(first(offset))


def replace_mapped(
    text: str,
    pattern: re.Pattern[str] | None,
    replace: Callable[[re.Match[str]], str],
    skip: Callable[[re.Match[str]], bool] = lambda match: False,
) -> tuple[str, Callable[[int], int]]:
    """``text`` with every match of ``pattern`` (in its plain-letter view) that ``skip``
    keeps replaced, and a function taking an offset in ``text`` to one in the result, so
    codings on the stored text land on the same words of the rendered one."""
    if pattern is None or not text:
        return text, lambda offset: offset
    searched, origin = plain_letters(text)
    pieces: list[str] = []
    shifts: list[tuple[int, int, int, int]] = []  # old start, old end, new start, new end
    last, out = 0, 0
    for match in pattern.finditer(searched):
        if skip(match):
            continue
        start, end = match.start(), match.end()
        if origin is not None:  # back to the stored text: a ligature is taken whole
            start = origin[start] if start < len(origin) else len(text)
            end = origin[end - 1] + 1 if end > match.start() else start
        pieces.append(text[last:start])
        out += start - last
        replaced = replace(match)
        shifts.append((start, end, out, out + len(replaced)))
        pieces.append(replaced)
        out += len(replaced)
        last = end
    pieces.append(text[last:])

    def moved(offset: int) -> int:
        delta = 0
        for old_start, old_end, new_start, new_end in shifts:
            if offset <= old_start:
                break
            if offset < old_end:  # inside a name: a span keeps the whole pseudonym
                return new_start if offset - old_start < (old_end - old_start) / 2 else new_end
            delta = new_end - old_end
        return offset + delta

    return "".join(pieces), moved

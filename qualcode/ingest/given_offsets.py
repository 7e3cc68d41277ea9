"""Where an offset in a string a notebook imported falls in the text qualcode stored.

``import_text`` keeps a notebook's string as every text is kept (``normalise``: NFC,
``\\n`` line ends, no trailing spaces, at most one blank line, no blank lines around it).
Offsets a notebook worked out on the string it gave (a regex's match, a spreadsheet's
column) then point at other words after the first change: in
'I: Hur var det?   \\n\\n\\n\\nR: ...' the respondent's turn moved five characters to
the left. ``offset_in_stored`` says where each went (types47), so the notebook codes the
words it found, not the ones five characters on.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache
from numbers import Integral

from qualcode.errors import ValidationError


def stored_origins(given: str) -> tuple[str, list[int]]:
    """The text ``normalise(given)`` stores, and for each of its characters the offset in
    ``given`` it came from (a composed "é" from the "e" it was composed from). The steps
    are ``normalise``'s, each keeping its characters' origins."""
    from qualcode import ingest

    chars, origins = _line_ends(given)
    joined = "".join(chars)
    if not unicodedata.is_normalized("NFC", joined):
        chars, origins = _composed(joined, origins)
    chars, origins = _lines_trimmed(chars, origins)
    stored = "".join(chars)
    if stored != ingest.normalise(given):  # a case the steps above do not take alike
        return _aligned(given, ingest.normalise(given))
    return stored, origins


def offset_in_stored(given: str, offset: int) -> int:
    """The offset in the stored text of what stood at ``offset`` in ``given``, the string
    handed to ``import_text``: ``document(id).text[offset_in_stored(given, start):...]``.
    An offset inside what was taken out (a trailing space, a third line end) falls on what
    follows it; one between a letter and its combining mark, after the letter they compose
    (a match that ended on "Cafe" of "Cafe\u0301" ends after the stored "é", the word whole).
    A notebook maps every match of one string: the string's origins are worked out once
    and kept for the next call (``_origins_of``), not again for each offset."""
    if not isinstance(given, str):
        raise ValidationError(
            f"offset_in_stored: the given text must be text, not {type(given).__name__}"
        )
    if not isinstance(offset, Integral) or isinstance(offset, bool):  # a frame's numpy int too
        raise ValidationError(
            f"offset_in_stored: the offset must be a whole number, not "
            f"{type(offset).__name__} ({repr(offset)[:80]})"
        )
    if not 0 <= int(offset) <= len(given):
        raise ValidationError(
            f"offset_in_stored: the offset {offset} is outside the given text (0 to {len(given)})"
        )
    return bisect_left(_origins_of(given), int(offset))


@lru_cache(maxsize=2)
def _origins_of(given: str) -> tuple[int, ...]:
    """``stored_origins(given)``'s origins, kept for the last strings asked about: worked
    out afresh on each call, mapping a thousand matches in an hour's transcript (75,000
    characters, a quarter of a second a call) took four minutes (review47). Two strings
    only, since a long text's origins are as many numbers as it has characters."""
    return tuple(stored_origins(given)[1])


def _line_ends(given: str) -> tuple[list[str], list[int]]:
    """No byte-order mark; CR LF, a lone CR and the Unicode line and paragraph separators
    are ``\\n``."""
    chars: list[str] = []
    origins: list[int] = []
    at = 0
    while at < len(given):
        ch = given[at]
        step = 2 if given.startswith("\r\n", at) else 1
        if ch != "\ufeff":
            chars.append("\n" if ch in "\r\u2028\u2029" else ch)
            origins.append(at)
        at += step
    return chars, origins


def _composed(text: str, origins: list[int]) -> tuple[list[str], list[int]]:
    """NFC a whole character (``graphemes``) at a time, whose parts all come from its
    first character's place."""
    from qualcode.graphemes import boundary

    chars: list[str] = []
    kept: list[int] = []
    start = 0
    for at in range(1, len(text) + 1):
        if at < len(text) and not boundary(text, at):
            continue
        part = text[start:at]
        composed = unicodedata.normalize("NFC", part)
        if composed == part:
            chars.extend(part)
            kept.extend(origins[start:at])
        else:
            chars.extend(composed)
            kept.extend([origins[start]] * len(composed))
        start = at
    return chars, kept


def _lines_trimmed(chars: list[str], origins: list[int]) -> tuple[list[str], list[int]]:
    """No whitespace before a line end or the end; a run of three line ends or more kept
    as two; no line end at the start or the end."""
    out: list[str] = []
    kept: list[int] = []
    for ch, origin in zip(chars, origins, strict=True):
        if ch == "\n":
            while out and out[-1] != "\n" and out[-1].isspace():
                out.pop()
                kept.pop()
            if len(out) >= 2 and out[-1] == out[-2] == "\n":
                continue
        out.append(ch)
        kept.append(origin)
    while out and out[-1] != "\n" and out[-1].isspace():
        out.pop()
        kept.pop()
    start = next((at for at, ch in enumerate(out) if ch != "\n"), len(out))
    end = len(out)
    while end > start and out[end - 1] == "\n":
        end -= 1
    return out[start:end], kept[start:end]


def _aligned(given: str, stored: str) -> tuple[str, list[int]]:
    """Origins found by aligning the two texts, for a string the steps do not follow."""
    from difflib import SequenceMatcher

    origins = [0] * len(stored)
    matcher = SequenceMatcher(None, given, stored, autojunk=False)
    for tag, g_start, _, s_start, s_end in matcher.get_opcodes():
        for at in range(s_start, s_end):
            origins[at] = g_start + (at - s_start) if tag == "equal" else g_start
    return stored, origins

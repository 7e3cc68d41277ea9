"""A word or name that shows as nothing: zero-width or combining characters only.

A keyword, a part's stem, a code's name or a coder's name made only of a zero-width space
(U+200B, pasted from a web page), a joiner or a combining mark with no letter to sit on is
drawn as nothing in the code form, the codebook file, a table's column or an audit line:
nobody can read it, type it or find it, and no word in a text starts with it. Each door
refuses one in the same words through ``check_shows``; a symbol ('£') or a single letter
still shows and passes (hostile49, hostile49b).
"""

from __future__ import annotations

import unicodedata

from qualcode.errors import QualcodeError, ValidationError

# what no reader sees alone: format characters (zero-width), combining marks, spaces
_UNSEEN = frozenset({"Cf", "Mn", "Me", "Zs"})


def shows_nothing(text: str) -> bool:
    """True if every character of ``text`` (empty text too) draws as nothing by itself."""
    return all(unicodedata.category(ch) in _UNSEEN for ch in text)


def check_shows(
    text: str, what: str, error: type[QualcodeError] = ValidationError, hint: str = ""
) -> str:
    """``text`` unchanged if some character of it shows; else refused in one line naming
    ``what`` (``hint`` says what it should be)."""
    if text and shows_nothing(text):
        raise error(
            f"{what} {text[:40]!r} shows as nothing (zero-width or combining characters only){hint}"
        )
    return text

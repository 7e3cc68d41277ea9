"""Contact details in text that leaves the project: each replaced whole by a placeholder.

An e-mail address, a phone number or a personnummer is personal data whoever it names,
and the pseudonym key cannot be trusted with it: with Sundsvall on the key,
"socialforvaltningen@sundsvall.se" read "socialforvaltningen@Kommun B.se", an address
that is no address and still says whose office it is. So every e-mail address, phone
number and personnummer (a Swedish personal identity number, YYMMDD-XXXX, also with the
century, "+" after a hundredth birthday, or as ten or twelve digits when its date and
check digit hold) becomes a placeholder ("[e-post]", "[telefonnummer]"), and so does a web
address only when a name on the key is in it ("www.sundsvall.se/socialtjanst"): an
authority's address names no one ("www.av.se") and a reader may want it.

A run of digits is read as a phone number only when written as one: beginning with a
country code ("+46 70 ...") or a trunk 0 ("070-123 45 67", "060-19 10 00"), eight to
thirteen digits in all, and standing alone: not inside an id, a date, a time or base64.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

__all__ = ["KINDS", "kind_of", "pattern_for"]

KINDS = ("email", "phone", "personnummer", "url")
_TLDS = r"(?:se|nu|com|org|net|eu|info|io|uk|gov|edu|fi|no|dk|de)"
_EDGE_BEFORE = r"(?<![\w+/=@.\-])"  # not inside an id, base64, an address or a number
_EDGE_AFTER = r"(?![\w+/=@\-]|\.\w)"
_URL_END = r"[^\s<>\"'.,;:!?)\]}\u2019]"  # a sentence's full stop is not the address's
_PARTS = {
    "email": r"(?P<email>(?<![\w.+%\-])[\w.+%\-]++@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}"
    r"(?![\w\-]))",
    "url": rf"(?P<url>(?<![\w/])(?:https?://|www\.)[^\s<>\"]*{_URL_END}"
    rf"|(?<![\w@.\-/])(?:[\w\-]++\.)+{_TLDS}(?:/[^\s<>\"]*{_URL_END})?(?![\w\-]))",
    "digits": rf"(?P<pnr>{_EDGE_BEFORE}(?:19|20)?\d{{6}}(?:[\-+]|\s?-\s?)?\d{{4}}{_EDGE_AFTER})"
    rf"|(?P<phone>{_EDGE_BEFORE}(?:\+\d{{1,3}}[ \-]?(?:\(0\)[ \-]?)?\d|\(?0\d)"
    rf"[\d \-()]{{5,17}}\d{_EDGE_AFTER})",
}
# what each part needs in a text before it is worth running: each is slow on a long text
# (0.1-0.3 s a 2M-character transcript), and most transcripts hold no "@" and no address
_HINTS = {
    "email": re.compile("@"),
    "url": re.compile(rf"www\.|://|\.{_TLDS}\b"),
    "digits": re.compile(r"\d{6}|\d[ \-]\d"),
}


# where a personnummer or phone number can begin: six digits, "+" and a digit, or a trunk
# 0 and a digit with five more of a number's characters, at an edge (_EDGE_BEFORE). Asked
# after the digits' hint, never instead of it: an id ("3f2a0b1c-9d4e-...") or a time
# ("2026-12-04T18:43:00.000123+00:00") holds "1-9", and running the digits' part on each
# of a codings export's 200,000 ids and times cost 0.8 s CPU, where an id can match at its
# first character only (every other stands after a letter, a digit or a hyphen) and such
# a time nowhere ("00" after a colon is followed by a colon or a point)
_DIGITS_START = re.compile(rf"{_EDGE_BEFORE}(?:\d{{6}}|\+\d|\(?0\d[\d \-()]{{5}})")


@cache
def _compiled(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_PARTS[p] for p in parts))


def _may_hold(part: str, text: str) -> bool:
    if not _HINTS[part].search(text):
        return False
    return part != "digits" or _DIGITS_START.search(text) is not None


def pattern_for(text: str) -> re.Pattern[str] | None:
    """The pattern that finds what may be a contact detail in ``text`` (``kind_of`` says
    what each match is), or None when the text can hold none."""
    parts = tuple(p for p in _HINTS if _may_hold(p, text))
    return _compiled(parts) if parts else None


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _personnummer(written: str) -> bool:
    """Whether ``written`` is a personnummer (or a samordningsnummer, day + 60): a real
    date, and, written without its hyphen, the check digit holds too (ten digits alone
    are as often something else)."""
    digits = _digits(written)
    short = digits[-10:]
    month, day = int(short[2:4]), int(short[4:6])
    day = day - 60 if day > 60 else day
    century = int(digits[:2]) if len(digits) == 12 else 20
    try:
        date(century * 100 + int(short[:2]), month, day)
    except ValueError:
        return False
    return any(sign in written for sign in "-+") or _luhn(short)


def _phone(written: str) -> bool:
    digits = _digits(written)
    if written.count("(") != written.count(")"):
        return False
    return 8 <= len(digits) <= 13 and not re.search(r"\d{5,}[ \-]\d{5,}", written)


def kind_of(match: re.Match[str], named: Callable[[str], bool]) -> str | None:
    """What a match of ``pattern`` is (one of ``KINDS``), or None when it is none after
    all: digits that are no phone number or personnummer, a web address that names no
    one on the key (``named`` says whether a text holds a name on it)."""
    found = match.groupdict()
    if found.get("email"):
        return "email"
    if found.get("url"):
        return "url" if named(found["url"]) else None
    written = found.get("pnr")
    if written:
        if _personnummer(written):
            return "personnummer"
        return "phone" if written.lstrip()[:1] in "0+" and _phone(written) else None
    return "phone" if _phone(found.get("phone") or "") else None

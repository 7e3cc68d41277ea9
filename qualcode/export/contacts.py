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

__all__ = ["KINDS", "kind_of", "may_hold", "pattern"]

KINDS = ("email", "phone", "personnummer", "url")
_TLDS = r"(?:se|nu|com|org|net|eu|info|io|uk|gov|edu|fi|no|dk|de)"
_EDGE_BEFORE = r"(?<![\w+/=@.\-])"  # not inside an id, base64, an address or a number
_EDGE_AFTER = r"(?![\w+/=@\-]|\.\w)"
_URL_END = r"[^\s<>\"'.,;:!?)\]}\u2019]"  # a sentence's full stop is not the address's
pattern = re.compile(
    rf"(?P<email>(?<![\w.+%\-])[\w.+%\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{{2,}}(?![\w\-]))"
    rf"|(?P<url>(?<![\w/])(?:https?://|www\.)[^\s<>\"]*{_URL_END}"
    rf"|(?<![\w@.\-/])(?:[\w\-]+\.)+{_TLDS}(?:/[^\s<>\"]*{_URL_END})?(?![\w\-]))"
    rf"|(?P<pnr>{_EDGE_BEFORE}(?:19|20)?\d{{6}}(?:[\-+]|\s?-\s?)?\d{{4}}{_EDGE_AFTER})"
    rf"|(?P<phone>{_EDGE_BEFORE}(?:\+\d{{1,3}}[ \-]?(?:\(0\)[ \-]?)?\d|\(?0\d)"
    rf"[\d \-()]{{5,17}}\d{_EDGE_AFTER})"
)
_HINT = re.compile(rf"@|\d{{4}}|\d[ \-]\d|www\.|://|\.{_TLDS}\b")


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold a contact detail at all (a quick look before the pattern
    runs over a long transcript)."""
    return _HINT.search(text) is not None


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
    if match.group("email"):
        return "email"
    if match.group("url"):
        return "url" if named(match.group("url")) else None
    written = match.group("pnr")
    if written:
        if _personnummer(written):
            return "personnummer"
        return "phone" if written.lstrip()[:1] in "0+" and _phone(written) else None
    return "phone" if _phone(match.group("phone")) else None

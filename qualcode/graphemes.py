"""Where one character a reader sees ends and the next begins (Unicode's extended grapheme
clusters, UAX #29), so that no coding splits one.

A coding is a span of code points (offsets are sacred, DESIGN.md), but what a researcher
reads as one character may be several: a thumbs-up and its skin tone ("👍🏽"), a letter and
a combining mark that has no composed form ("n̈", Sami's and IPA's marks; NFC at import
composes the rest), a family drawn from three people and two joiners ("👩‍👩‍👧"), a flag
from two regional letters ("🇸🇪"), a Devanagari conjunct ("क्ष"). A span ending inside
one quotes half of it: a bare 👍 where the speaker sent 👍🏽, "n" without its mark, two
people of a family, half a flag, and a lone modifier or mark at the next passage's start.
No export can show half of one, and a coder never chose one: the TUI draws it as one cell
and another tool counting UTF-16 units (a .qdpx) or an older package lands inside it.

So every door a span comes in by (``whole_characters``) widens it to the whole characters
it touches: a start moves back to where its character begins, an end on to where its
character ends. Widened, never narrowed nor refused: the span still holds every code point
it was given, no word changes, and nothing the coder or her package carried is lost.

Python's standard library has no grapheme segmentation (``regex``'s ``\\X`` is not one of
qualcode's dependencies), so the rules are here: Unicode's categories from
``unicodedata`` (the running Python's Unicode) and the few code points whose break class
no category gives. Text is stored with ``\\n`` line ends, so a CRLF never reaches a coding;
its rule (GB3) is kept all the same.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# break classes (UAX #29, table 2); Hangul's syllable classes folded into their jamo kind
CR, LF, CONTROL, EXTEND, ZWJ, RI, PREPEND, MARK, L, V, T, LV, LVT, OTHER = range(14)


def _ranges(spec: str) -> tuple[tuple[int, int], ...]:
    """``"915-939 9B2"`` as ``((0x915, 0x939), (0x9B2, 0x9B2))``."""
    pairs = (part.split("-") for part in spec.split())
    return tuple((int(p[0], 16), int(p[-1], 16)) for p in pairs)


def _within(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= cp <= high for low, high in ranges)


# classes no general category gives (Unicode's GraphemeBreakProperty.txt): format controls
# and letters that join the character after them; marks that extend (and join an emoji's
# sequence) though spacing; spacing marks that are no mark of the letter before them
_PREPEND = _ranges(
    "600-605 6DD 70F 890-891 8E2 D4E 110BD 110CD 111C2-111C3 1193F 11941 11A3A 11A84-11A89 11D46"
)
_EXTEND = _ranges("200C FF9E-FF9F 1F3FB-1F3FF E0020-E007F")
_SPACING_EXTEND = _ranges(
    "9BE 9D7 B3E B57 BBE BD7 CC0 CC2 CC7-CC8 CCA-CCB CD5-CD6 D3E D57 DCF DDF 1715 1734 1B35 "
    "1B3B 1B3D 1B43-1B44 1BAA 1BF2-1BF3 302E-302F A953 A9C0 111C0 11235 1133E 1134D 11357 "
    "114B0 114BD 115AF 116B6 11930 1193D 16FF0-16FF1 1D165-1D166 1D16D-1D172"
)
_SPACING_OTHER = _ranges(
    "102B-102C 1038 1062-1064 1067-106D 1083 1087-108C 108F 109A-109C 1A61 1A63-1A64 AA7B "
    "AA7D 11720-11721"
)
_SPACING_OF_LETTERS = _ranges("E33 EB3")  # Thai and Lao sara am
_IGNORABLE_UNASSIGNED = _ranges("2065 FFF0-FFF8 E0000-E0FFF")  # controls to come
# Extended_Pictographic (emoji-data.txt): what a joiner joins into one picture
_PICTOGRAPHIC = _ranges(
    "A9 AE 203C 2049 2122 2139 2194-2199 21A9-21AA 231A-231B 2328 2388 23CF 23E9-23F3 "
    "23F8-23FA 24C2 25AA-25AB 25B6 25C0 25FB-25FE 2600-2605 2607-2612 2614-2685 2690-2705 "
    "2708-2712 2714 2716 271D 2721 2728 2733-2734 2744 2747 274C 274E 2753-2755 2757 "
    "2763-2767 2795-2797 27A1 27B0 27BF 2934-2935 2B05-2B07 2B1B-2B1C 2B50 2B55 3030 303D "
    "3297 3299 1F000-1F0FF 1F10D-1F10F 1F12F 1F16C-1F171 1F17E-1F17F 1F18E 1F191-1F19A "
    "1F1AD-1F1E5 1F201-1F20F 1F21A 1F22F 1F232-1F23A 1F23C-1F23F 1F249-1F3FA 1F400-1F53D "
    "1F546-1F64F 1F680-1F6FF 1F774-1F77F 1F7D5-1F7FF 1F80C-1F80F 1F848-1F84F 1F85A-1F85F "
    "1F888-1F88F 1F8AE-1F8FF 1F90C-1F93A 1F93C-1F945 1F947-1FAFF 1FC00-1FFFD"
)
# Indic conjuncts (Indic_Conjunct_Break): a consonant, a virama that links it, the next
# consonant, one character ("क्ष")
_LINKERS = frozenset(
    chr(low)
    for low, _ in _ranges(
        "94D 9CD ACD B4D C4D D4D 1039 17D2 1A60 1B44 1BAB A9C0 AAF6 10A3F 11133 113D0 1193E "
        "11A47 11A99 11F42"
    )
)
_CONSONANTS = _ranges(
    "915-939 958-95F 978-97F 995-9A8 9AA-9B0 9B2 9B6-9B9 9DC-9DD 9DF 9F0-9F1 A95-AA8 AAA-AB0 "
    "AB2-AB3 AB5-AB9 AF9 B15-B28 B2A-B30 B32-B33 B35-B39 B5C-B5D B5F B71 C15-C28 C2A-C39 "
    "C58-C5A D15-D3A 1000-102A 103F 1050-1055 105A-105D 1061 1065-1066 106E-1070 1075-1081 "
    "108E 1780-17B3 1A20-1A54 1B0B-1B0C 1B13-1B33 1B45-1B4C 1B83-1BA0 1BAE-1BAF 1BBB-1BBD "
    "A989-A98B A98F-A9B2 A9E0-A9E4 A9E7-A9EF A9FA-A9FE AA60-AA6F AA71-AA73 AA7A AA7E-AA7F "
    "AAE0-AAEA ABC0-ABDA 10A00 10A10-10A13 10A15-10A17 10A19-10A35 11103-11126 11144 11147 "
    "11380-11389 1138B 1138E 11390-113B5 11900-11906 11909 1190C-11913 11915-11916 "
    "11918-1192F 11A00 11A0B-11A32 11A50 11A5C-11A83 11B0A 11DF1 11F04-11F10 11F12-11F33"
)


@lru_cache(maxsize=4096)
def _kind(ch: str) -> int:
    """The break class of ``ch``: its general category, but for the listed exceptions."""
    cp = ord(ch)
    if ch in "\r\n\u200d":
        return {"\r": CR, "\n": LF, "\u200d": ZWJ}[ch]
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return RI
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97F:  # Hangul's leading consonants
        return L
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7CA:  # its vowels
        return V
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FF:  # its trailing consonants
        return T
    if 0xAC00 <= cp <= 0xD7A3:  # a syllable written whole: with a trailing consonant or not
        return LV if (cp - 0xAC00) % 28 == 0 else LVT
    if _within(cp, _PREPEND):
        return PREPEND
    if _within(cp, _EXTEND) or _within(cp, _SPACING_EXTEND):
        return EXTEND
    category = unicodedata.category(ch)
    if category in ("Mn", "Me"):
        return EXTEND
    if category == "Mc" or _within(cp, _SPACING_OF_LETTERS):
        return OTHER if _within(cp, _SPACING_OTHER) else MARK
    if category in ("Cc", "Cf", "Zl", "Zp") or _within(cp, _IGNORABLE_UNASSIGNED):
        return CONTROL
    return OTHER


@lru_cache(maxsize=1024)
def _consonant(ch: str) -> bool:
    return _within(ord(ch), _CONSONANTS)


@lru_cache(maxsize=1024)
def _pictograph(ch: str) -> bool:
    return _within(ord(ch), _PICTOGRAPHIC)


def _conjunct_before(text: str, at: int) -> bool:
    """GB9c: before ``at``, a consonant, then marks and at least one linking virama."""
    linked, i = False, at - 1
    while i >= 0 and (
        text[i] in _LINKERS or (_kind(text[i]) in (EXTEND, ZWJ) and text[i] != "\u200c")
    ):  # a non-joiner asks for the conjunct's parts apart (ক্‌ষ)
        linked = linked or text[i] in _LINKERS
        i -= 1
    return linked and i >= 0 and _consonant(text[i])


def _picture_before(text: str, joiner: int) -> bool:
    """GB11: before the joiner at ``joiner``, a pictograph and only extending marks."""
    i = joiner - 1
    while i >= 0 and _kind(text[i]) == EXTEND:
        i -= 1
    return i >= 0 and _pictograph(text[i])


# GB6-GB8: jamo that make one syllable
_HANGUL_JOINS = frozenset(
    [(L, x) for x in (L, V, LV, LVT)]
    + [(x, y) for x in (LV, V) for y in (V, T)]
    + [(LVT, T), (T, T)]
)


def boundary(text: str, at: int) -> bool:
    """Whether offset ``at`` lies between two characters a reader sees (or at an end).
    A rule that reads back (a conjunct, a joined emoji, the flags before) reads only the
    run it needs, once per call: widening a span calls this a few times, never once per
    character of a run, so a run of ten thousand marks or flags costs one pass."""
    if at <= 0 or at >= len(text):
        return True
    before, after = _kind(text[at - 1]), _kind(text[at])
    if before == CR and after == LF:  # GB3
        return False
    if CONTROL in (before, after) or before in (CR, LF) or after in (CR, LF):  # GB4, GB5
        return True
    if (before, after) in _HANGUL_JOINS:  # GB6-GB8: a syllable of jamo
        return False
    if after in (EXTEND, ZWJ, MARK) or before == PREPEND:  # GB9, GB9a, GB9b
        return False
    if _consonant(text[at]) and _conjunct_before(text, at):  # GB9c
        return False
    if before == ZWJ and _pictograph(text[at]):  # GB11
        return not _picture_before(text, at - 1)
    if before == after == RI:  # GB12, GB13: flags pair off from the first
        run = 0
        while at - 1 - run >= 0 and _kind(text[at - 1 - run]) == RI:
            run += 1
        return run % 2 == 0
    return True


def whole_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the whole characters it touches (see above); offsets
    outside the text are left for the caller's range check to refuse."""
    if 0 < start < len(text):
        while not boundary(text, start):
            start -= 1
    if 0 < end < len(text):
        while not boundary(text, end):
            end += 1
    return start, end

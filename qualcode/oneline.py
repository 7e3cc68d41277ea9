"""Names that must stay on one line, and texts that may not steer a terminal.

A code's display name, a document's name, an attribute's name and a codebook's title are
shown on one line: in the TUI's lists, the CLI's tables, a summary's headings, a CSV
column. A line break, tab or other control character in one (from a hand-edited YAML
codebook, a spreadsheet cell, a file name) would split a table row, start a new CSV
record, or, for ESC and friends, send commands to the terminal of whoever lists them.
Such names are refused where they enter, in one line naming the character and where it
is. A name is also at most ``MAX_NAME`` characters: ten thousand characters of a code's name
would push every other column of a table off the screen and fill a report's heading; a
longer text belongs in a definition or a memo. Longer texts (a code's definition, its
inclusion and exclusion rules) may hold line breaks and tabs, but no other control
character (their first line is what lists show).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from qualcode.errors import BIDI, QualcodeError, ValidationError

MAX_NAME = 200  # characters in a name: a long sentence, never a text
# characters in a document attribute's value: a notes cell of a few sentences. Values split
# reports and fill columns of the documents list, the CLI's tables and every export; a
# pasted transcript or page in one pushed every other column away (a longer note is a
# document memo)
MAX_VALUE = 500
# characters in a written text: a memo, a comment or rationale in reconciliation, a
# translation, a code's definition. About 30,000 words, a long chapter; a 46 MB memo (a
# transcript pasted twice over, a log) was taken from Python and from package and .qdpx
# imports, then listed whole in the TUI's memo list and every export (red team 9). A
# transcript belongs in a document.
MAX_TEXT = 200_000
# what a long text is, for its refusal: a code's definition, an example, an inclusion or
# exclusion criterion, or any other text
TextKind = Literal["text", "definition", "example", "criterion"]
# what that refusal calls each kind, and where a longer one belongs (its key: text_too_long,
# definition_too_long, example_too_long, criterion_too_long; texts/*.toml)
_LONG_TEXT_WORDS: dict[TextKind, tuple[str, str]] = {
    "text": ("a text here", "a longer one belongs in a document"),
    "definition": ("a definition", "a longer text belongs in a memo"),
    "example": ("an example", "an example is a passage, not a document"),
    "criterion": ("a rule for when to use a code", "a longer text belongs in a memo"),
}
# each kind's refusal keys (texts/*.toml), written out whole so that a reader, and
# tests/texts/test_refusal_keys.py, find every key a refusal here may carry (built as
# f"{kind}_too_long", that test took four keys' words for dead ones)
_TOO_LONG_KEYS: dict[str, str] = {
    "name": "name_too_long",
    "keyword": "keyword_too_long",
    "stem": "stem_too_long",
    "text": "text_too_long",
    "definition": "definition_too_long",
    "example": "example_too_long",
    "criterion": "criterion_too_long",
}
_ONE_LINE_KEYS = {"name": "name_one_line", "keyword": "keyword_one_line", "stem": "stem_one_line"}
SHOWN = 40  # characters of a refused name an error line quotes
PATH_SHOWN = 120  # characters of a refused path (a name of 300 letters stays one line)
# what a one-line refusal calls the text, and what it adds to say what that is: after the
# length limit, then after the one-line rule. The refusals' keys are named after the kind:
# name_too_long, name_one_line, keyword_*, stem_* (texts/*.toml)
OneLineKind = Literal["name", "keyword", "stem"]
_ONE_LINE_WORDS: dict[OneLineKind, tuple[str, str]] = {
    "name": ("", ""),
    "keyword": (
        " (a word or phrase to look for in the text)",
        " (one keyword each: separate them by commas)",
    ),
    "stem": (" (the start or core of a word)", " (one stem each: a list item, or between commas)"),
}

_LINE_BREAKS = {"\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


def _bad(ch: str, breaks_ok: bool) -> bool:
    if breaks_ok and ch in ("\n", "\t"):
        return False
    if ch in _LINE_BREAKS or ch == "\t":
        return True
    # control characters, and the bidirectional controls that show a name in another
    # order than it is stored (a listing would lie about what it holds)
    return unicodedata.category(ch) == "Cc" or ch in BIDI


def _describe(text: str, at: int) -> str:
    return f"U+{ord(text[at]):04X} at character {at + 1}"


def shown(name: object) -> str:
    """A name as an error line quotes it: ``repr`` (so a line break shows as ``\\n``), cut
    after a few words if long, so that refusing a name of pages stays one readable line."""
    text = repr(name)
    return text if len(text) <= SHOWN + 2 else text[:SHOWN] + "..."


def cut_path(path: object) -> str:
    """A path for a one-line refusal: a name of 300 letters cut after 120, so the line
    stays readable (the project layer's export targets and the store's project paths)."""
    text = str(path)
    return text if len(text) <= PATH_SHOWN else text[:PATH_SHOWN] + "…"


def plain_line(text: str) -> bool:
    """Only printable characters, spaces the only whitespace (no tab, no line break, no
    no-break space; a joiner only where it joins or parts letters, as ``invisible_at``
    says): the stricter rule for names that come from a file system or a login
    (documents, coders), which ``check_name``'s limits then follow."""
    return all(
        ch == " "
        or (ch.isprintable() and not ch.isspace())
        or (ch in (_ZWNJ, _ZWJ) and _joiner_shows(text, at))  # a Persian file's "مصاحبه‌ها"
        for at, ch in enumerate(text)
    )


def check_name(
    text: str,
    what: str,
    error: type[QualcodeError] = ValidationError,
    kind: OneLineKind = "name",
) -> str:
    """``text`` unchanged if it can stand on one line and is at most ``MAX_NAME``
    characters; else a ``ValidationError`` naming ``what`` ("code 'x': field 'name' (sv)")
    and the limit or the first offending character. ``kind`` is what the refusal calls
    it: a code's keyword keeps a name's rules but is refused in words that say it is a
    keyword (``check_keyword``)."""
    if len(text) > MAX_NAME:
        raise error(
            f"{what}: {len(text):,} characters long; a {kind} may have at most {MAX_NAME}"
            f"{_ONE_LINE_WORDS[kind][0]}"
        ).keyed(_TOO_LONG_KEYS[kind], n=len(text), most=MAX_NAME)
    at = _not_one_line(text)
    if at is not None:
        raise error(
            f"{what}: holds a line break, tab or control character ({_describe(text, at)}); "
            f"a {kind} must be one line of text{_ONE_LINE_WORDS[kind][1]}"
        ).keyed(_ONE_LINE_KEYS[kind])
    return text


def check_keyword(text: str, what: str, error: type[QualcodeError] = ValidationError) -> str:
    """A code's keyword (a word or phrase the suggestions look for in the text) under a
    name's rules, refused in words that say it is a keyword: a coder whose keyword was too
    long read "A name may have at most 200 characters" and looked for a name she had typed
    (small37)."""
    return check_name(text, what, error, "keyword")


def _not_one_line(text: str) -> int | None:
    """The index of the first character that breaks a line or steers a terminal, or None."""
    return next((at for at, ch in enumerate(text) if _bad(ch, breaks_ok=False)), None)


def check_text(
    text: str,
    what: str,
    error: type[QualcodeError] = ValidationError,
    kind: TextKind = "text",
) -> str:
    """``text`` unchanged if it is at most ``MAX_TEXT`` characters and holds no control
    character but line breaks and tabs (a Windows line end counts as a line break).
    ``kind`` is what the refusal calls it (a code's definition, example, criterion)."""
    _check_length(text, what, error, kind)
    plain = text.replace("\r\n", "\n")
    for at, ch in enumerate(plain):
        if _bad(ch, breaks_ok=True):
            raise error(
                f"{what}: holds a control character ({_describe(plain, at)}); "
                "only line breaks and tabs may break up a text"
            ).keyed("text_control")
    return text


def check_value(text: str, what: str, error: type[QualcodeError] = ValidationError) -> str:
    """A document attribute's value: at most ``MAX_VALUE`` characters, line breaks and tabs
    allowed (a notes cell), no other control character (``check_free_text``)."""
    if len(text) > MAX_VALUE:
        raise error(
            f"{what}: value {len(text):,} characters long; a value may have at most "
            f"{MAX_VALUE} (a longer note belongs in a document memo)"
        ).keyed("value_too_long", n=len(text), most=MAX_VALUE)
    return check_free_text(text, what, error)


def _check_length(
    text: str, what: str, error: type[QualcodeError], kind: TextKind = "text"
) -> None:
    """Refuse a text over ``MAX_TEXT`` in words that say what it is: a code's definition
    refused as "a text here" sent a coder to look for which text (small37)."""
    if len(text) <= MAX_TEXT:
        return
    called, instead = _LONG_TEXT_WORDS[kind]
    raise error(
        f"{what}: {len(text):,} characters long; {called} may have at most {MAX_TEXT:,} "
        f"(about 30,000 words); {instead}"
    ).keyed(_TOO_LONG_KEYS[kind], n=len(text), most=MAX_TEXT)


def check_free_text(text: str, what: str, error: type[QualcodeError] = ValidationError) -> str:
    """``text`` unchanged unless it holds a control character other than a tab or a line
    break of any system (``\\n``, ``\\r``, Word's ``\\v`` and ``\\f``): a memo may be written in
    any script, direction marks included, but no ESC or BEL, which steer a terminal; and
    at most ``MAX_TEXT`` characters. The one rule every door a text comes in by asks."""
    _check_length(text, what, error)
    for at, ch in enumerate(text):
        if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\v\f":
            raise error(
                f"{what}: holds a control character ({_describe(text, at)}); "
                "only line breaks and tabs may break up a text"
            ).keyed("text_control")
    return text


# letters of Cyrillic and Greek drawn as Latin ones in every common font: a name typed
# with them ("kаrin" with a Cyrillic а, "ІР1" in Cyrillic) reads as the Latin name it copies;
# so do Armenian and Cherokee letters drawn so, and the Latin letters that are another
# form of a plain one (a dotless ı or ȷ, the alpha ɑ, the script ɡ, the click ǀ drawn as
# l): "karın" beside karin was a second coder no table told apart (red team 35)
_SCRIPT_LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТУХԚԜӀаеіјорсухѕһԁԛԝӏ"  # Cyrillic
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαινρκυϲ"  # Greek
    "օսհո"  # Armenian
    "\u13aa\u13f4\u13df\u13ac\u13bb\u13ab\u13de\u13b7\u13e2\u13da\u13a2\u13d4\u13c3"
    "\u13a0\u13d2\u13d9\u13e6"  # Cherokee capitals
    "ıɑɡȷǀ",  # Latin
    "ABESIJKMHOPCTYXQWIaeijopcyxshdqwlABEZHIKMNOPTYXoaivpkucouhnABCEHJLMPSTWZDRVKiagjl",
)
# the Latin small capitals, each its letter where case does not count ("ᴋarin" and
# "jᴏhan" beside karin and johan were further coders, review35)
_SMALL_CAPITALS = str.maketrans(
    "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f"
    "\u1d0d\u0274\u1d0f\u1d18\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
    "abcdefghijklmnoprstuvwyz",
)
# a dot above on i or j lies on its own dot and shows as nothing ("KARİN" folds to it)
_DOT_ON_DOT = re.compile("([ij])\u0307")
# printable characters that show as nothing (or as a blank) though Unicode files them as
# letters or marks: a name ending in one reads as the name without it. Format characters
# (zero-width space and joiners, soft hyphen, word joiner, byte order mark, direction
# marks), private and unassigned code points are found by category (``invisible_at``)
_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0") | frozenset(
    map(chr, [*range(0x180B, 0x1810), *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])
)
_UNSEEN_CATEGORIES = ("Cf", "Cn", "Co", "Cs")


def _unseen(ch: str) -> bool:
    return ch in _INVISIBLE or unicodedata.category(ch) in _UNSEEN_CATEGORIES


# Joiners that are spelling, not hiding: a zero-width non-joiner (ZWNJ) keeps two letters of
# a joining script apart ("نامه‌ها", Persian "letters", draws differently without it), and
# ZWNJ or a zero-width joiner (ZWJ) after a virama picks an Indic conjunct's form (Sinhala
# writes ශ්‍රී so). There they show; between Latin letters or at a name's end they show as
# nothing. The rule is RFC 5892's for domain names (CONTEXTJ), which asks the same question;
# and, as in an emoji's sequence (👩‍💻), a ZWJ between two pictured symbols shows too.
_ZWNJ, _ZWJ = "\u200c", "\u200d"
_PRESENTATION = ("\ufe0e", "\ufe0f")  # a symbol drawn as text or as a picture
_VIRAMA = 9  # canonical combining class
_JOINING_SCRIPTS = (
    "ARABIC", "SYRIAC", "NKO", "MONGOLIAN", "MANDAIC", "ADLAM", "HANIFI ROHINGYA",
    "SOGDIAN", "MANICHAEAN", "PSALTER PAHLAVI", "PHAGS-PA", "CHORASMIAN", "OLD UYGHUR",
)  # fmt: skip
# Arabic-script letters that join only to the letter before them (joining type R in
# Unicode's ArabicShaping.txt: alef, dal, reh, waw, ...) or to none (U: hamza): a ZWNJ after
# one changes nothing drawn. Other joining scripts' letters are taken as joining both ways.
_ARABIC_BACK_ONLY = (
    (0x622, 0x625), (0x627, 0x627), (0x629, 0x629), (0x62F, 0x632), (0x648, 0x648),
    (0x671, 0x673), (0x675, 0x677), (0x688, 0x699), (0x6C0, 0x6C0), (0x6C3, 0x6CB),
    (0x6CD, 0x6CD), (0x6CF, 0x6CF), (0x6D2, 0x6D3), (0x6D5, 0x6D5), (0x6EE, 0x6EF),
    (0x759, 0x75B), (0x76B, 0x76C), (0x771, 0x771), (0x773, 0x774), (0x778, 0x779),
    (0x870, 0x882), (0x88E, 0x88E), (0x8AA, 0x8AC), (0x8AE, 0x8AE), (0x8B1, 0x8B2),
    (0x8B9, 0x8B9),
)  # fmt: skip
_ARABIC_NONE = frozenset("\u0621\u0674\u06e5\u06e6\u0887\u08ad\u08c9")


def _joins(ch: str, *, onward: bool) -> bool:
    """True if letter ``ch`` joins the letter after it (``onward``) or before it."""
    if not unicodedata.category(ch).startswith("L") or ch in _ARABIC_NONE:
        return False
    if onward and any(low <= ord(ch) <= high for low, high in _ARABIC_BACK_ONLY):
        return False
    return unicodedata.name(ch, "").startswith(_JOINING_SCRIPTS)


def _neighbour(text: str, at: int, step: int) -> str:
    """The character next to ``at`` in the direction ``step``, over combining marks (which
    a joining letter carries without breaking its joins); "" at either end."""
    at += step
    while 0 <= at < len(text) and unicodedata.category(text[at]) in ("Mn", "Me"):
        at += step
    return text[at] if 0 <= at < len(text) else ""


def _joiner_shows(text: str, at: int) -> bool:
    """True if the ZWNJ or ZWJ at ``at`` changes how its neighbours are drawn."""
    if at > 0 and unicodedata.combining(text[at - 1]) == _VIRAMA:
        return True
    before, after = _neighbour(text, at, -1), _neighbour(text, at, 1)
    if not (before and after):
        return False
    if text[at] == _ZWJ:  # 👩‍💻 (woman, ZWJ, laptop) is drawn as one picture, not two
        return _pictured(before, modifier_ok=True) and _pictured(after)
    return _joins(before, onward=True) and _joins(after, onward=False)


def _pictured(ch: str, *, modifier_ok: bool = False) -> bool:
    """An emoji or other pictured symbol (or, before a ZWJ, a skin tone's modifier)."""
    return unicodedata.category(ch) == "So" or (modifier_ok and "\U0001f3fb" <= ch <= "\U0001f3ff")


def _unseen_at(text: str, at: int) -> bool:
    ch = text[at]
    if ch in (_ZWNJ, _ZWJ) and _joiner_shows(text, at):
        return False
    if ch in _PRESENTATION and at > 0 and _pictured(text[at - 1]):
        return False  # ❤️ (picture) and ❤ (text) are drawn apart: a folder named so is
    return _unseen(ch)


def invisible_at(text: str) -> int | None:
    """The index of the first character in ``text`` that a reader cannot see (a format
    character such as a zero-width space, a blank filler, a private or unassigned code
    point; a joiner only where it joins or parts nothing), or None: a name holding one
    prints as another name without it."""
    return next((at for at in range(len(text)) if _unseen_at(text, at)), None)


def check_seen(text: str, what: str, error: type[QualcodeError] = ValidationError) -> str:
    """``text`` unchanged if every character of it shows (``invisible_at``); else refused
    in one line: a set or code name holding a zero-width space prints as another name
    ("first\u200bround" lists as "firstround"), which nobody can then type to find it."""
    at = invisible_at(text)
    if at is not None:
        raise error(
            f"{what} {shown(text)} holds a character that shows as nothing "
            f"({_describe(text, at)}); type it plainly"
        )
    return text


def without_unseen(text: str) -> str:
    """``text`` without the characters that show as nothing (``invisible_at``'s): a name
    another tool wrote, which its researcher cannot retype inside that tool's archive,
    as it reads."""
    return "".join(ch for at, ch in enumerate(text) if not _unseen_at(text, at))


def unreadable_at(text: str) -> int | None:
    """The index of the first character in ``text`` that does not show as itself on one
    line (a line break, tab or control character, a direction mark, or one
    ``invisible_at`` finds), or None: a file name holding one prints as another."""
    return next((at for at, ch in enumerate(text) if _bad(ch, False) or _unseen_at(text, at)), None)


# half of a UTF-16 pair, which alone in a Python string is no character: bytes a system could
# not read as UTF-8 (a file named in Latin-1 on a UTF-8 system, a text decoded with
# ``surrogateescape``, an RTF file's emoji cut in two) reach Python so, and SQLite, a UTF-8
# file and a workbook all refuse to store one. One rule for every door that asks (a frame
# saved, a document's name, a file's name kept, an imported text, a workbook's cell)
_NO_CHARACTER = re.compile("[\ud800-\udfff]")


def no_character_at(text: str) -> int | None:
    """The index of the first lone surrogate in ``text`` (bytes that were never read as a
    character), or None."""
    found = _NO_CHARACTER.search(text)
    return None if found is None else found.start()


def no_character_marked(text: str) -> str:
    """``text`` with each lone surrogate made U+FFFD, as any reader shows bytes it could not
    read: for a name kept only to be shown (an audit entry's file), where the good rest of
    it says more than a refusal would."""
    return _NO_CHARACTER.sub("\ufffd", text)


def reads_as(name: str, *, fold_case: bool = True) -> str:
    """What ``name`` reads as on a screen: its compatibility form (a full-width letter or a
    ligature as the plain letters), case folded, with Cyrillic and Greek letters that look
    Latin read as Latin, invisible characters left out and blanks run together. Two
    people whose names read alike ("karin", "Karin", "kаrin" with a Cyrillic а) are one
    person to whoever reads a table of coders, an audit line or a discussion thread.

    ``fold_case=False`` keeps the case: for pseudonyms on the key, where "IP1" and "ip1"
    are told apart on a printed page (whereas a coder's login or a code's name is the
    same whatever the case it is typed in). The one rule for every such comparison."""
    plain = unicodedata.normalize("NFKC", name).translate(_SCRIPT_LOOKALIKES)
    shown_chars = "".join(ch for ch in plain if not _unseen(ch))
    if fold_case:
        # read again once folded: a small Cherokee letter folds to its capital and "İ" to
        # i and a dot above, which the table and the dot rule read; a small capital ("ᴋ",
        # "ᴏ") is its letter once case does not count
        folded = unicodedata.normalize("NFKC", shown_chars.casefold())
        shown_chars = folded.translate(_SCRIPT_LOOKALIKES).translate(_SMALL_CAPITALS).casefold()
    return " ".join(_DOT_ON_DOT.sub(r"\1", shown_chars).split())

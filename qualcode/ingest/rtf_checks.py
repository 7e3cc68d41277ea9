"""What makes an RTF file unreadable, found before its text is read and said in one line.

striprtf reads whatever it is given and fails, when it fails, in Python's words: a
``\\u`` with a number no character has ended an import on "Python int too large to convert
to C int", a ``\\'81`` in code page 1252 on "'charmap' codec can't decode byte 0x81". Worse,
some damage it reads as text: a number longer than RTF allows left its last digits in the
transcript ("9999999 abc"), and a ``\\bin`` run (a picture's raw bytes) was no part of what
it knows, so its bytes were read as text, a brace among them broke the groups, and its zero
bytes refused a good file as "binary data". These checks name the line and what is wrong;
a ``\\bin`` run is taken out before the file's bytes are decoded, as it holds no text.
"""

from __future__ import annotations

import codecs
import re

from qualcode.errors import IngestError

HEADER = b"{\\rtf"
_BIN_AT = re.compile(rb"\\(?:(bin)(?![a-zA-Z])(-?)(\d*) ?|.)", re.DOTALL)
_MAX_DIGITS = 10  # RTF's numbers are 16 or 32 bits: "-2147483648" is the longest
_MAX_UC = 16  # \ucN: the characters after each \u that stand in for it (Word writes 1)
# what could be wrong, found at once in a sound file: a word over 32 letters, a long
# number, a \u of five digits or more, a \uc without one digit; the exact reading (an
# escaped backslash is text) follows only then
_SUSPECT = re.compile(r"\\(?:[a-zA-Z]{33}|[a-zA-Z]{1,32}-?\d{11}|u-?\d{5}|uc(?!\d(?!\d)))")
_CODE_PAGE = re.compile(r"\\ansicpg(-?\d*)")
_WORD_AT = re.compile(r"\\(?:([a-zA-Z]+)(-?\d+)?|.)", re.DOTALL)


def is_rtf(data: bytes) -> bool:
    """Whether ``data`` starts as RTF does, after a byte-order mark and blank space."""
    return data.removeprefix(codecs.BOM_UTF8).lstrip().startswith(HEADER)


def is_utf16(data: bytes) -> bool:
    """Whether ``data`` is text in UTF-16 (a byte-order mark, or "{" and its zero byte):
    RTF so saved is rare, and read as any text is, binary runs and all."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"{\x00", b"\x00{"))


def without_binary(name: str, data: bytes) -> bytes:
    """``data`` without its ``\\binN`` runs: N raw bytes (a picture, an object) that hold
    no text and may hold any byte, a brace or a zero among them. A run longer than the
    bytes left (a truncated file) or without a length is refused, naming its line."""
    if b"\\bin" not in data:
        return data
    kept: list[bytes] = []
    at = pos = 0
    while (match := _BIN_AT.search(data, pos)) is not None:
        pos = match.end()
        if match.group(1) is None:  # another control word or an escaped character
            continue
        sign, digits = match.group(2), match.group(3)
        line = data.count(b"\n", 0, match.start()) + 1
        if sign or len(digits) > _MAX_DIGITS:
            word = f"\\bin{sign.decode()}{digits.decode()}"
            raise IngestError(f"{name}: broken RTF (line {line}: {word} gives no length)")
        length = int(digits or b"0")
        left = len(data) - pos
        if length > left:
            raise IngestError(
                f"{name}: broken RTF (line {line}: \\bin{length} says {length:,} bytes of "
                f"binary data follow, but the file ends {left:,} bytes later: truncated?)"
            )
        kept.append(data[at : match.start()])
        at = pos = pos + length
    kept.append(data[at:])
    return b"".join(kept)


_BIN_WORD = re.compile(r"(\\\\)|\\bin[a-zA-Z]+(?:-?\d+)? ?")


def without_bin_words(raw: str) -> str:
    """``raw`` without the control words that start with "bin" (``\\binfsxn``,
    ``\\binsxn``: the printer's paper tray, no text), when it holds a picture too: striprtf
    takes any "\\bin" inside a picture's group for a binary run and failed on its missing
    length (a sound file with a picture and a section's paper tray was refused). The real
    runs are gone already (``without_binary``)."""
    if "\\pict" not in raw or "\\bin" not in raw:
        return raw
    return _BIN_WORD.sub(lambda match: match.group(1) or "", raw)


def check_control_words(name: str, raw: str) -> None:
    """Refuse a control word whose number RTF cannot hold or that no reader can use: any
    number over ten digits, a ``\\u`` that is no character, a ``\\uc`` skipping more than
    16 characters (or none given), an ``\\ansicpg`` naming no code page known here. Cheap
    for a sound file: the words are read one by one only when a suspect is seen."""
    pages = {match.group(1) for match in _CODE_PAGE.finditer(raw)}
    if not _SUSPECT.search(raw) and all(map(_known_code_page, pages)):
        return
    for match in _WORD_AT.finditer(raw):
        word, number = match.group(1), match.group(2) or ""
        if word is None:
            continue
        why = _wrong_number(word, number)
        if why is not None:
            line = raw.count("\n", 0, match.start()) + 1
            shown = f"\\{_cut(word)}{_cut(number)}"
            raise IngestError(f"{name}: broken RTF (line {line}: {shown} {why})")


def _wrong_number(word: str, number: str) -> str | None:
    """What is wrong with control word ``word`` given ``number`` (its digits), if anything."""
    if len(word) > 32:
        return "is longer than a control word can be (32 letters)"
    if len(number.lstrip("-")) > _MAX_DIGITS:
        return "has a number longer than RTF allows"
    if word == "u" and number and not -0x10000 <= int(number) <= 0x10FFFF:
        return "is no character"  # a negative \u counts from 65536, as RTF writes them
    if word == "uc" and (not number or not 0 <= int(number) <= _MAX_UC):
        return f"is no count of stand-in characters (0 to {_MAX_UC})"
    if word == "ansicpg" and not _known_code_page(number):
        return "names no code page qualcode knows"
    return None


def _cut(part: str) -> str:
    """A word or number of a damaged file as shown in the one line: its first 32 letters."""
    return part if len(part) <= 32 else part[:32] + "…"


def _known_code_page(number: str) -> bool:
    """Whether ``\ansicpg`` with ``number`` names a code page Python can decode."""
    if not number.isdigit():
        return False
    try:
        codecs.lookup(f"cp{int(number)}")
    except LookupError:
        return False
    return True


def undecodable(name: str, exc: UnicodeDecodeError) -> IngestError:
    """A ``\\'xx`` character its code page has no character for, in words."""
    byte = exc.object[exc.start] if exc.start < len(exc.object) else 0
    # Python calls every one-byte code page "charmap"
    page = "its code page" if exc.encoding == "charmap" else f"code page {exc.encoding}"
    return IngestError(
        f"{name}: broken RTF (\\'{byte:02x} is no character in {page}: a damaged file, or "
        "written in another code page)"
    )

"""Turning a file's bytes into text, or saying clearly why they are not text.

Transcripts, and the codebooks and sheets researchers keep beside them, arrive from Word
on Swedish Windows (cp1252), from Notepad (UTF-16, with or without a byte-order mark), from
Macs and Linux (UTF-8, sometimes with a BOM), and now and then a file that is no text at
all has been renamed ``.txt``. A wrong guess here is silent data loss (å ä ö turned into
mojibake, or binary noise stored as a transcript), so every path either returns text that
looks like text or raises an error naming the file: an ``IngestError`` for a transcript,
the reader's own error type for a codebook or a sheet. It sits below the engines (ingest,
codebook) so that each reads files by the one rule: a codebook CSV in UTF-16 without a
mark failed with a misleading message while ingest read such a transcript (loose12).
"""

from __future__ import annotations

import codecs
import re
from typing import NoReturn

from qualcode.errors import IngestError, QualcodeError

# Control characters that do occur in real transcripts (tab, newlines, form feed, the
# vertical tab Word writes for a manual line break, DOS's end-of-file mark).
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1a")
# More than this share of other control characters means the bytes are not text.
_MAX_CONTROL_SHARE = 0.01
# the control characters not allowed, found by one regular-expression scan: a Python test
# of every character was a tenth of importing a million words
_CONTROLS = re.compile(
    "[" + "".join(re.escape(chr(b)) for b in range(32) if chr(b) not in _ALLOWED_CONTROLS) + "]"
)
# A letter from U+0080..U+00FF encoded as UTF-8: lead byte C2 or C3, one continuation byte.
_UTF8_LATIN1 = re.compile(rb"[\xc2\xc3][\x80-\xbf]")


def read_text_bytes(
    data: bytes, name: str, error: type[QualcodeError] = IngestError
) -> tuple[str, str]:
    """Decode a file's bytes; returns ``(text, encoding)``, else raises ``error``.

    Order: a byte-order mark (UTF-8, UTF-16), UTF-16 without a mark (recognised by its
    zero bytes), strict UTF-8, then cp1252 (the Windows code page that also covers
    latin-1's å ä ö), then a statistical guess. Any result full of control characters is
    refused as binary.
    """
    text, encoding = _decode(data, name, error)
    _refuse_binary(text, name, error)
    return text, encoding


# what a researcher's file holds, by its first bytes, where a text was asked for: an
# attributes or quotes sheet kept in Excel was refused as 'binary data (zero bytes)',
# which did not say to save it as CSV (red team 41)
_PACKED = {
    b"PK\x03\x04": ("zip", "a zip archive (a workbook, a Word or OpenDocument file)"),
    b"\xd0\xcf\x11\xe0": ("office", "an older Office file (.xls, .doc)"),
    b"%PDF": ("pdf", "a PDF"),
}
_SAVE_AS = ", not a text file; save it as text (a sheet as CSV, UTF-8)"
# each kind's refusal as the terminal interface says it in its own language: the import
# dialog (i) showed red team 41's English among Swedish (red team 42)
_PACKED_KEYS = {"zip": "packed_zip", "office": "packed_office", "pdf": "packed_pdf"}


def _refuse_packed(data: bytes, name: str, error: type[QualcodeError]) -> NoReturn:
    """Refuse ``data`` as what it is by its first bytes, if one of ``_PACKED``, saying
    what to do; else as binary data."""
    for head, (kind, what) in _PACKED.items():
        if data.startswith(head):
            raise error(f"{name}: {what}{_SAVE_AS}").keyed(_PACKED_KEYS[kind], encoding="UTF-8")
    raise error(f"{name}: binary data (zero bytes), not a text file")


def _decode(data: bytes, name: str, error: type[QualcodeError]) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name, error, offset=3), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name, error), "utf-16"
    if (utf16 := _utf16_without_bom(data)) is not None:
        return _strict(data, utf16, name, error), utf16
    if b"\x00" in data:
        _refuse_packed(data, name, error)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        _refuse_mostly_utf8(data, exc.start, name, error)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: DOS's Å and Ä, Mac's Å
        if (older := _older_code_page(data, None)) is not None:
            return older
    else:
        return _older_code_page(data, text) or (text, "cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise error(
            f"{name}: not text in any encoding qualcode knows (binary data?); save it as UTF-8 text"
        )
    return str(best), best.encoding


def _refuse_mostly_utf8(data: bytes, first_bad: int, name: str, error: type[QualcodeError]) -> None:
    """A UTF-8 file with a few stray bytes (two files pasted together) is refused.

    Read as cp1252 it would store every å of its UTF-8 part as "Ã¥", for good, since the
    text is never changed after import. Real cp1252 text almost never contains valid UTF-8
    sequences, so several of them beside the bad bytes mean the file is UTF-8.
    """
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for ch in decoded if ord(ch) > 127 and ch != "\ufffd")
    if good >= 3 and good >= 2 * bad:
        raise error(
            f"{name}: byte offset {first_bad}: not valid UTF-8, though the rest of the file "
            f"is UTF-8 ({bad} bad byte{'s' if bad != 1 else ''}); fix those bytes or save "
            "the file again as UTF-8"
        )
    # Half UTF-8, half cp1252 (a cp1252 tail as long as the UTF-8 head) fails the count
    # above, yet read as cp1252 its UTF-8 half turns to "Ã¥": refuse as soon as two
    # letters of Latin-1's range (å ä ö é ü ...) are whole UTF-8 sequences. In cp1252 text
    # those bytes would be "Ã" or "Â" followed by a symbol, which Swedish and English
    # never write.
    latin = len(_UTF8_LATIN1.findall(data))
    controls = sum(data.count(bytes([b])) for b in range(32) if chr(b) not in _ALLOWED_CONTROLS)
    if latin >= 2 and controls <= _MAX_CONTROL_SHARE * len(data):  # binary: refused below
        raise error(
            f"{name}: byte offset {first_bad}: not valid UTF-8, though {latin} letters "
            "elsewhere are UTF-8: the file mixes two encodings; save it again as UTF-8"
        )


# a letter Swedish and English write inside a word; and what else may stand between two
# letters in real cp1252 text (apostrophes, dashes)
_INNER_LETTERS = frozenset("åäöÅÄÖéÉüÜæøÆØ")
_INNER_MARKS = frozenset("’‘'–—…")
_INNER = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f](?=[A-Za-z])")
# the code pages of DOS (cp850, as cp437 for å ä ö) and of the older Mac
_OLDER_PAGES = ("cp850", "mac_roman")


def _inside_words(text: str) -> tuple[int, int, int]:
    """Of the characters between two letters: how many are Swedish or English letters,
    how many are neither those nor an apostrophe or dash (a symbol no word holds), and how
    many are apostrophes and dashes."""
    found = _INNER.findall(text)
    good = sum(1 for ch in found if ch in _INNER_LETTERS)
    marks = sum(1 for ch in found if ch in _INNER_MARKS)
    return good, len(found) - good - marks, marks


def _older_code_page(data: bytes, cp1252: str | None) -> tuple[str, str] | None:
    """A file saved on DOS (cp850) or an older Mac (Mac Roman) decodes as cp1252 too, with
    symbols inside its words: 'b”rjade' and 'n„mnden' for 'började' and 'nämnden' (DOS),
    'bšrjade' and 'nŠmnden' (Mac), stored so for good, since the text never changes after
    import; with an Å it failed cp1252 and was guessed as cp1257 (red team, round
    7). When the cp1252 reading (None: there is none) has such symbols and another code
    page reads every one of them as a letter, that page is the file's; else None."""
    good, odd, _ = _inside_words(cp1252) if cp1252 is not None else (0, 3, 0)
    if odd < 3 or odd <= good:
        return None
    for page in _OLDER_PAGES:
        try:
            text = data.decode(page)
        except UnicodeDecodeError:
            continue
        letters, symbols, marks = _inside_words(text)
        if symbols == 0 and letters + marks >= odd:  # an older Mac's ’ read 'donÕt'
            return text, page
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when every other byte is mostly zero, else ``None``.

    Latin-script text in UTF-16 has a zero high byte for nearly every character; binary
    files have zeros scattered over both positions.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    pairs = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.3 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _strict(
    data: bytes, encoding: str, name: str, error: type[QualcodeError], offset: int = 0
) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
        raise error(
            f"{name}: byte offset {exc.start + offset}: not valid {label} although the file "
            f"looks like {label} text; save it again as UTF-8"
        ) from None


def refuse_binary(text: str, name: str, error: type[QualcodeError] = IngestError) -> None:
    """Refuse ``text`` as binary data as a file's decoded bytes are (a zero character, or
    more than one in a hundred characters a control no transcript holds). A notebook's
    string passed to ``import_text`` is held to it too: it had gone in with ESC, BEL and
    NUL whole, which a file of the same text was refused for (hostile46)."""
    _refuse_binary(text, name, error)


def without_controls(text: str) -> str:
    """``text`` without the control characters no transcript holds (those ``refuse_binary``
    counts). A PDF's text is drawn glyphs, not a file's bytes: a font whose glyphs map to
    ESC, BEL or NUL put those into a document whole (hostile46), where refusing the PDF
    would refuse a report over its broken font; they are left out instead."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def _refuse_binary(text: str, name: str, error: type[QualcodeError]) -> None:
    if not text:
        return
    controls = _CONTROLS.findall(text)
    if "\x00" in text or len(controls) > _MAX_CONTROL_SHARE * len(text):
        first = text.index(controls[0]) if controls else text.index("\x00")
        raise error(
            f"{name}: binary data (control character {ord(text[first]):#04x} at character "
            f"{first}), not a text file"
        )

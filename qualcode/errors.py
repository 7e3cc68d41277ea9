"""Typed errors that carry the one line a user will read.

Every mistake a user can make (a bad file, an unknown code, an offset outside the text)
raises a subclass of :class:`QualcodeError`. The CLI prints ``str(error)`` and exits 1;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import unicodedata
from typing import Self

# shown by their usual escapes; every other control as \xNN or \uNNNN
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# characters that show a line in another order than it is written (bidirectional controls)
BIDI = {*"\u061c\u200e\u200f\u2066\u2067\u2068\u2069", *(chr(c) for c in range(0x202A, 0x202F))}


def one_line(text: str) -> str:
    """``text`` with its control characters (line breaks of every system, tabs, ESC, the
    bidirectional controls) written as escapes (``\\n``, ``\\x1b``, ``\\u2028``): an error
    quotes paths and names as the user gave them, and a file name holding a line break
    would split the message over two lines, or an ESC in it steer the terminal."""
    if text.isprintable():
        return text
    return "".join(_escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in BIDI:
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
    return ch


class QualcodeError(Exception):
    """Base class: the message is meant for the user, on one line; whatever it quotes,
    its control characters are shown escaped (``one_line``), in every face."""

    rows_below = False  # ``with_rows``: a first line, then one line per row, each escaped

    @classmethod
    def with_rows(cls, first: str, rows: list[str]) -> Self:
        """An error of one line saying what is wrong, then one indented line per offending
        row (a refused package names each row); each line escaped on its own, so a line
        break quoted inside a row cannot start a line of its own."""
        error = cls("\n".join([one_line(first), *(f"  {one_line(row)}" for row in rows)]))
        error.rows_below = True
        return error

    def __str__(self) -> str:
        text = super().__str__()
        return text if self.rows_below else one_line(text)


class ProjectError(QualcodeError):
    """The project file is missing, not a qualcode project, or from a newer version."""


class IngestError(QualcodeError):
    """A file could not be read as a transcript (encoding, empty, broken container)."""


class DuplicateDocumentError(IngestError):
    """The same content (sha256) is already in the project."""


class CodebookError(QualcodeError):
    """A codebook file or codebook operation is invalid; names the code and the field."""


class NotFoundError(QualcodeError):
    """A document, code, coder or coding named by the user does not exist."""


class AmbiguousError(QualcodeError):
    """A prefix or name matches more than one thing."""


class ValidationError(QualcodeError):
    """Input that is well-formed but not acceptable (empty span, offsets out of range)."""


class OutputError(QualcodeError):
    """A file the user asked for cannot be written (no such folder, permissions, full disk)."""


# where a SettingError's message names its setting; quoted user text never holds it, since
# every quote goes through ``repr`` or ``one_line``, which write a NUL as an escape
SETTING = "\x00"


class SettingError(ValidationError):
    """A value given for one of the service's settings is refused, or a file contradicts
    it. The service says what is wrong and names the setting by its parameter (``lang``);
    each face names it as its user gives it (the CLI as ``--lang``) through ``worded``, so
    that the service need not know its faces' options. The message writes ``SETTING``
    wherever the setting is named."""

    def __init__(self, setting: str, message: str) -> None:
        self.setting = setting
        self.message = message
        super().__init__(message.replace(SETTING, setting))

    def __reduce__(self) -> tuple[type[SettingError], tuple[str, str]]:
        return SettingError, (self.setting, self.message)  # pickled across processes

    def worded(self, name: str) -> str:
        """The message with the setting called ``name`` (the CLI's ``--lang``)."""
        return one_line(self.message.replace(SETTING, name))

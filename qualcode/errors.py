"""Typed errors that carry the one line a user will read.

Every mistake a user can make (a bad file, an unknown code, an offset outside the text)
raises a subclass of :class:`QualcodeError`. The CLI prints ``str(error)`` and exits 1;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Self

# shown by their usual escapes; every other control as \xNN or \uNNNN
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# characters that show a line in another order than it is written (bidirectional controls)
BIDI = {*"\u061c\u200e\u200f\u2066\u2067\u2068\u2069", *(chr(c) for c in range(0x202A, 0x202F))}
# what a face never sends to a terminal as it is (shown as U+FFFD by the TUI and the CLI):
# the C0 and C1 controls but newline and tab, DEL, and the direction controls (a transcript's
# text may hold them though names refuse them; obeyed, the rest of the line read backwards)
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI)) + "]")


# where a message names a setting (``QualcodeError(..., setting=...)``); quoted user text
# never holds it, since every quote goes through ``repr`` or ``one_line``, which write a NUL
# as an escape
SETTING = "\x00"


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
    its control characters are shown escaped (``one_line``), in every face.

    A message may name one of the service's settings (``force``, ``lang``): it is written
    with ``SETTING`` where the setting stands and raised with ``setting=``, so that each
    face names it as its user gives it (the CLI as ``--force``, through ``worded``) and
    the service need not know its faces' options. Any kind of error may do so: a target
    that exists is an ``OutputError`` whichever face wrote it.

    A message may also name, in words both faces can show, an action that mends it ("until
    a lead turns blind coding off"): raised with ``action=`` (an id from ``ACTIONS``, and
    with it the name the action is for: ``("add_coder", "maja")``), a face may add how its
    user does that (the CLI its command, ``qualcode team unblind``). The TUI showed the
    CLI's commands, which its user cannot type anywhere.

    A refusal a coder meets in the terminal interface is raised with ``key=`` (its id in the
    ``refusals`` table of ``qualcode/texts/*.toml``) and the values its words name: the
    message stays the English the CLI prints, and the interface says the refusal in its own
    language, in one place (``tui/said.py``), rather than each screen catching it to reword
    it (a coder with the Swedish interface read the service's English among Swedish)."""

    rows_below = False  # ``with_rows``: a first line, then one line per row, each escaped
    setting: str | None = None  # the setting the message names, where ``SETTING`` stands
    template = ""  # the message with ``SETTING`` left in
    action: tuple[str, ...] = ()  # the action the message names in words, and its subject
    key = ""  # the message's id in the texts' ``refusals`` table (none: English only)
    values: Mapping[str, object] = MappingProxyType({})  # what the keyed words name

    def __init__(
        self,
        message: str = "",
        *,
        setting: str | None = None,
        action: str | tuple[str, ...] = (),
        key: str = "",
        **values: object,
    ) -> None:
        self.keyed(key, **values)
        if action:
            self.action = (action,) if isinstance(action, str) else tuple(action)
            if self.action[0] not in ACTIONS:
                raise ValueError(f"unknown action {self.action[0]!r}")  # a bug, not the user's
        if setting is not None:
            self.setting, self.template = setting, message
            message = message.replace(SETTING, setting)
        super().__init__(message)

    def keyed(self, key: str, /, **values: object) -> Self:
        """This error with its id in the ``refusals`` table and the values its words name
        (none given: left as it is, said in the service's English everywhere)."""
        if key:
            self.key, self.values = key, values
        return self

    @classmethod
    def with_rows(cls, first: str, rows: list[str]) -> Self:
        """An error of one line saying what is wrong, then one indented line per offending
        row (a refused package names each row); each line escaped on its own, so a line
        break quoted inside a row cannot start a line of its own."""
        error = cls("\n".join([one_line(first), *(f"  {one_line(row)}" for row in rows)]))
        error.rows_below = True
        return error

    def worded(self, name: str) -> str:
        """The message with its setting called ``name`` (the CLI's ``--lang``); as it is
        where it names none."""
        if self.setting is None:
            return str(self)
        return one_line(self.template.replace(SETTING, name))

    def __reduce__(self) -> str | tuple[object, ...]:
        if self.setting is None:
            return super().__reduce__()  # its action goes with its __dict__
        # pickled across processes
        return _naming, (
            type(self),
            self.setting,
            self.template,
            self.action,
            self.key,
            dict(self.values),  # a plain dict: the empty default cannot be pickled
        )

    def __str__(self) -> str:
        text = super().__str__()
        return text if self.rows_below else one_line(text)


def _naming(
    kind: type[QualcodeError],
    setting: str,
    template: str,
    action: tuple[str, ...] = (),
    key: str = "",
    values: Mapping[str, object] | None = None,
) -> QualcodeError:
    """A pickled error that names a setting, made again with its setting (the TUI's
    helper processes send errors back pickled, and the face still words it)."""
    error = kind.__new__(kind)
    QualcodeError.__init__(error, template, setting=setting, action=action, key=key, **values or {})
    return error


# the actions a message may name in words (``QualcodeError.action``), each for a face to
# say how its user does it; the CLI's commands for them are in ``cli/base.py``
ACTIONS = frozenset(
    {
        "act_as",  # with the coder's name: act as that coder
        "add_coder",  # with the name to add
        "add_lead",  # with the name to add as a lead
        "decide_or_reopen",  # a reconciliation case: decide it again or reopen it
        "export_qdc",  # the codebook as a REFI-QDA file
        "import_files",  # with the folder whose files to name
        "list_cases",
        "list_codings",
        "list_consensus",  # the reconciled layer's codings
        "list_documents",
        "list_removed_documents",
        "load_codebook",
        "make_lead",
        "merge_code",
        "reconcile",  # confirm the coders' agreements, decide the cases
        "show_codebook",
        "suggest",
        "unblind",  # turn blind coding off
    }
)


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


class RemovedCodingError(ValidationError):
    """A memo (or note) aimed at a coding that was removed, from another window or before:
    a face can keep what the coder typed elsewhere (on the coding's passage) instead of
    dropping it with the refusal."""


class OutputError(QualcodeError):
    """A file the user asked for cannot be written (no such folder, permissions, full disk)."""


class SettingError(ValidationError):
    """A value given for one of the service's settings is refused, or a file contradicts
    it. The service says what is wrong and names the setting by its parameter (``lang``),
    writing ``SETTING`` wherever it is named; each face names it as its user gives it."""

    def __init__(
        self,
        setting: str,
        message: str,
        action: str | tuple[str, ...] = (),
        key: str = "",
        **values: object,
    ) -> None:
        super().__init__(message, setting=setting, action=action, key=key, **values)

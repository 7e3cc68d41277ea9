"""Typed errors that carry the one line a user will read.

Every mistake a user can make (a bad file, an unknown code, an offset outside the text)
raises a subclass of :class:`QualcodeError`. The CLI prints ``str(error)`` and exits 1;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class QualcodeError(Exception):
    """Base class: the message is meant for the user, on one line."""


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

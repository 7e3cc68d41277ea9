"""Reading a file a researcher named: its bytes, or one line saying why not.

Codebooks (YAML, CSV, REFI-QDA), attributes sheets, quote sheets and translation sheets
are all read whole before anything is checked or written; each reader raises its own
error type, but the reasons a file cannot be read are worded once, here.
"""

from __future__ import annotations

from pathlib import Path

from qualcode.errors import QualcodeError


def read_user_file(path: Path, error: type[QualcodeError], kind: str = "a file") -> bytes:
    """The bytes of ``path``; a folder, a missing or unreadable file raises ``error`` with
    the file's name and the reason (``kind`` says what the folder was taken for)."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise error(f"{path.name}: is a directory, not {kind}") from None
    except OSError as exc:
        raise error(f"{path.name}: cannot read: {exc.strerror or exc}") from None

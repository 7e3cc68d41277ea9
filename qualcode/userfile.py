"""Reading a file a researcher named: its bytes, or one line saying why not.

Codebooks (YAML, CSV, REFI-QDA), attributes sheets, quote sheets and translation sheets
are all read whole before anything is checked or written; each reader raises its own
error type, but the reasons a file cannot be read are worded once, here.
"""

from __future__ import annotations

import stat
from pathlib import Path

from qualcode.envlimits import positive_number
from qualcode.errors import QualcodeError, one_line

MAX_FILE_MB_ENV = "QUALCODE_MAX_FILE_MB"
DEFAULT_MAX_FILE_MB = 50.0  # a long transcript is about 1 MB; this leaves room for pdfs
FILE_LIMIT = (MAX_FILE_MB_ENV, DEFAULT_MAX_FILE_MB)
# A codebook file (YAML, CSV, .qdc) has a limit of its own, far under a transcript's: 500
# codes as rich as the bundled turning points' (17 kB each: both languages, examples,
# parts) are 8.5 MB. A 26 MB YAML of 983k entries passed the file limit and was refused
# by the entry limit only after 42 s of CPU parsing it (hostile48); at about 1.6 s a
# megabyte, the worst file under this limit is answered in a third of that
MAX_CODEBOOK_MB_ENV = "QUALCODE_MAX_CODEBOOK_MB"
CODEBOOK_LIMIT = (MAX_CODEBOOK_MB_ENV, 10.0)


def max_file_bytes(error: type[QualcodeError], limit: tuple[str, float] = FILE_LIMIT) -> int:
    """The largest file a researcher names that is read whole, from
    ``$QUALCODE_MAX_FILE_MB`` (default 50), or from the setting ``limit`` names with its
    default; a value that is no number raises ``error``."""
    mb = positive_number(limit[0], limit[1], error, " of megabytes")
    return int(mb * 1024 * 1024)


def unnamable(path: object, exc: ValueError) -> str:
    """Why the system refused ``path`` before looking for it (Python's ``ValueError``, not
    an ``OSError``): a NUL character, which no file name can hold (a path built by a
    Python user's code, never typed), or text no file name can be encoded in. Said in the
    caller's one line, as a missing file is; it was the bare 'embedded null byte'."""
    if "\0" in str(path):
        return "a path holding a NUL character (\\x00) names no file"
    return f"cannot be a file name ({exc})"


def _shown(path: Path) -> str:
    """The file's name for a message; ``.`` or ``..`` have none, so the path itself."""
    return path.name or str(path)


def require_regular(path: Path, error: type[QualcodeError], kind: str = "a file") -> int:
    """The size of ``path`` if it is a regular file (symlinks followed); a folder, a
    device, a pipe or a socket raises ``error`` before a byte is read: ``/dev/zero`` or a
    named pipe given by mistake would otherwise be read forever (or wait forever)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise error(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise error(f"{one_line(_shown(path))}: {unnamable(path, exc)}; not read") from None
    if stat.S_ISDIR(info.st_mode):
        raise error(f"{_shown(path)}: is a directory, not {kind}")
    if not stat.S_ISREG(info.st_mode):
        raise error(f"{path.name}: is a device, pipe or socket, not {kind}; not read")
    return info.st_size


def _megabytes(size: int) -> str:
    """A limit as set: '10', '0.05' (a limit under one megabyte read 'limit of 0 MB')."""
    return f"{size / 1048576:.2f}".rstrip("0").rstrip(".")


def read_user_file(
    path: Path,
    error: type[QualcodeError],
    kind: str = "a file",
    limit: tuple[str, float] = FILE_LIMIT,
) -> bytes:
    """The bytes of ``path``; a folder, a device or pipe, a file over
    ``$QUALCODE_MAX_FILE_MB`` or the setting ``limit`` names, a missing or unreadable
    file raises ``error`` with the file's name and the reason (``kind`` says what the
    file was taken for), before a byte is read."""
    size = require_regular(path, error, kind)
    # a kind's own limit is under the file limit, never over it: a team that lowered
    # $QUALCODE_MAX_FILE_MB meant every file a researcher names
    limit_bytes, setting = min(
        (max_file_bytes(error, held), held[0]) for held in {FILE_LIMIT, limit}
    )
    if size > limit_bytes:
        raise error(
            f"{path.name}: {size / 1048576:.1f} MB is larger than the limit of "
            f"{_megabytes(limit_bytes)} MB for {kind} (set ${setting} to allow more)"
        )
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise error(f"{_shown(path)}: is a directory, not {kind}") from None
    except OSError as exc:
        raise error(f"{path.name}: cannot read: {exc.strerror or exc}") from None

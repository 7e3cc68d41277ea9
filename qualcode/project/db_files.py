"""What on disk is a qualcode project: a SQLite file marked with qualcode's application
id, the working files SQLite keeps beside a database while it is open or was left
mid-write (``-wal``, ``-shm``, ``-journal``), and their removal with a database this
program made. Every writer refuses such a target (``files.py``), a killed export's sweep
removes a coder's copy's working files (``partials.py``), and a failed import or demo
removes what it made; one module, so all mean the same files.
"""

from __future__ import annotations

from pathlib import Path

from qualcode.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")


def remove_database(path: Path) -> None:
    """Remove a database file this program made and its working files (``-wal``, ``-shm``,
    ``-journal``): a half-built demo or copy, a project made for an import that failed. A
    working file left behind would be read as part of the next file of that name."""
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in SIDECARS)):
        leftover.unlink(missing_ok=True)


def is_qualcode_file(path: Path) -> bool:
    """True if ``path`` is a SQLite file marked with qualcode's application id (a project
    or a backup of one); read from the header, so no connection is opened."""
    if not path.is_file():  # a pipe would block the read; only a regular file is a project
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def in_use(path: Path) -> Path | None:
    """The working file (``-wal``, ``-shm``, ``-journal``) beside an existing ``path``, if
    any: SQLite keeps one while a database is open or was left mid-write. A project just
    created and still open (the TUI after ``qualcode demo``, a notebook) lives in its
    ``-wal`` until the first checkpoint, its own header still blank, so the header alone
    did not tell it from any file and ``--force`` replaced it under the running program."""
    if not path.is_file():
        return None
    for suffix in SIDECARS:
        working = path.with_name(path.name + suffix)
        if working.exists():
            return working
    return None

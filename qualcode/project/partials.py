"""The hidden file an export is written to before it is renamed over its target.

``output_file`` writes ``.NAME.XXXXXXXX.partial`` beside the target and renames it into
place when the bytes are on disk. A process killed in between (``kill -9``, the OOM
killer, a laptop's battery) cannot remove it: the partial stayed beside the target for
good, hidden, holding half an export's transcript text (red team 9).

So a partial is claimed with an exclusive ``flock`` for as long as its writer lives, and
the kernel lets go of that lock when the process dies however it dies. Before writing, an
export removes the partials in its folder that nobody holds: only names of our own
pattern (``mkstemp``'s eight characters and our suffix), only regular files (never a
link) owned by this user with the owner-only mode we give them, and only after taking
the lock itself and seeing that the name still stands for the file it locked. A user's
file that merely looks like one (another mode, another owner, a link, other letters) is
never touched, nor is the partial of an export running right now.

A file an export replaces is kept under a second hidden name, ``.NAME.XXXXXXXXXXXX.before``,
until its set stands (``file_sets.py``), held under the same kind of lock. One left by a
killed export while it was still a second name of the file itself (the export had not
replaced it yet) is removed by the next export into the folder; one whose file was
replaced is the only copy of the earlier file and is left where it is.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import stat
import tempfile
import uuid
from pathlib import Path

from qualcode.project.db_files import SIDECARS

SUFFIX = ".partial"
MODE = 0o600
# mkstemp's random part: eight of its own characters (tempfile._RandomNameSequence)
_PATTERN = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(SUFFIX))
_TRIES = 5
KEPT_SUFFIX = ".before"  # a file an export replaces, kept until its set stands
_KEPT = re.compile(r"\.(.+)\.[0-9a-f]{12}" + re.escape(KEPT_SUFFIX))


def claim(target: Path) -> tuple[int, Path]:
    """A new owner-only partial beside ``target`` and its descriptor, held under an
    exclusive lock until the descriptor is closed. A sweeper may take a file in the
    instant between its creation and the lock; the name is then checked to still stand
    for the locked file, and a new one made if not."""
    for _ in range(_TRIES):
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=SUFFIX)
        try:
            os.fchmod(fd, MODE)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.path.samestat(os.stat(name, follow_symlinks=False), os.fstat(fd)):
                return fd, Path(name)
        except OSError:  # BlockingIOError: a sweeper holds it and is removing it
            pass
        os.close(fd)
    raise OSError(f"could not claim a temporary file beside {target.name}")


def sweep(folder: Path) -> list[Path]:
    """Remove the partials in ``folder`` that no living process holds (left by one that
    was killed) and the working files of those built as a database, and the kept names
    nobody holds that are still second names of their files; returns what was
    removed. Nothing that fails here stops the export that asked."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        path = Path(entry.path)
        if _PATTERN.fullmatch(entry.name):
            stale = _stale(path)
        elif kept := _KEPT.fullmatch(entry.name):
            stale = _stale_second_name(path, path.with_name(kept[1]))
        else:
            continue
        if stale:
            removed.append(path)
    return removed


def kept_name(target: Path) -> Path:
    """A new hidden name beside ``target`` for the file it stands for now."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{KEPT_SUFFIX}")


def hold(path: Path, *, wait: bool = False) -> int | None:
    """A descriptor of ``path`` under an exclusive lock, held until it is closed, so no
    sweeper takes the name for one a killed export left; None when another holds it
    (``wait``: wait for it) or the name no longer stands for the file locked."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.path.samestat(os.stat(path, follow_symlinks=False), os.fstat(fd)):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def _stale_second_name(path: Path, target: Path) -> bool:
    """Remove ``path``, a kept name nobody holds, if it still stands for the very file
    ``target`` names: a second name of a file, removed, loses no byte."""
    fd = hold(path)
    if fd is None:
        return False
    try:
        info = os.stat(path, follow_symlinks=False)
        if stat.S_ISREG(info.st_mode) and os.path.samestat(
            info, os.stat(target, follow_symlinks=False)
        ):
            path.unlink()
            return True
    except OSError:
        pass
    finally:
        os.close(fd)
    return False


def _ours(info: os.stat_result) -> bool:
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) == MODE
    )


def _stale(path: Path) -> bool:
    """Remove ``path`` if it is one of our partials and nobody holds it."""
    try:
        before = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    if not _ours(before):
        return False
    fd = hold(path)  # None: an export writing it right now
    if fd is None:
        return False
    try:
        if not os.path.samestat(os.fstat(fd), before):
            return False
        path.unlink()
        for suffix in SIDECARS:  # a coder's copy is built as a database
            with contextlib.suppress(OSError):
                path.with_name(path.name + suffix).unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(fd)

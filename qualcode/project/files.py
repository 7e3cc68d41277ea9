"""The one way qualcode writes a file a user asked for (exports, coder packages, codebooks).

Every writer in the project goes through :func:`output_file` (or :func:`write_output`),
so that the same rules hold for every command, the TUI and notebooks alike:

* the target is resolved (symlinks, ``~``) and refused, in one line, if it is a qualcode
  project (this one or any other: the SQLite header carries qualcode's application id),
  the working files beside one (``-wal``, ``-shm``, ``-journal``), a file with such a
  working file beside it (a database in use), a backup of this project, or a file the
  same command reads from;
* an existing target is replaced only when the caller says ``force`` (``--force``);
* the bytes go to a temporary file in the target's own folder, created owner-only (0600,
  as the project itself: exports hold transcript text), flushed to disk and then renamed
  over the target with ``os.replace``: a crash or a full disk leaves the old file whole
  and no half-written one; a partial left by a killed process is removed by the next
  export to that folder (``partials.py``); a file or project made at the target while
  the partial was written is not replaced (``put_in_place``).

What the target must be before anything is written (``check_target``) is
``output_targets.py``; what on disk is a qualcode project, or a database's working file,
is ``db_files.py``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from qualcode.errors import SETTING, OutputError
from qualcode.project.db_files import in_use, is_qualcode_file
from qualcode.project.output_targets import check_target
from qualcode.project.partials import claim, sweep

BLOCK = 1 << 20  # an open file copied into an export's partial this much at a time

# What a file's name promises it holds: a coder's copy of the project (SQLite) or a
# package (JSON) written under one of these opens in the program the name names, which
# says the file is damaged; the exports of one format refuse every other name already
PROMISED = {
    **dict.fromkeys((".csv", ".tsv", ".xlsx", ".xls", ".ods"), "a spreadsheet"),
    **dict.fromkeys((".docx", ".odt", ".rtf", ".pdf", ".md", ".txt"), "a text"),
    **dict.fromkeys((".html", ".htm"), "a web page"),
    **dict.fromkeys((".qdpx", ".qdc"), "a REFI-QDA file"),
    **dict.fromkeys((".yaml", ".yml"), "a codebook"),
    ".json": "a coder's package",
    ".zip": "an archive",
}


def check_suffix(target: Path, what: str, written_as: str | None) -> None:
    """Refuse a name that promises another format than ``what`` is written in: with
    ``written_as`` ('.qdpx'), any other suffix; without, a suffix in ``PROMISED``. A
    REFI-QDA project named study.xlsx was written as a zip that Excel called damaged, and
    a coder's copy named johan.qdpx a database NVivo could not open."""
    suffix = target.suffix.lower()
    if written_as is not None and suffix != written_as:
        raise OutputError(
            f"{target.name}: {what} is written as {written_as}; choose that name",
            key="output_suffix_only",
            name=target.name,
            suffix=written_as,
        )
    if written_as is None and suffix in PROMISED:
        raise OutputError(
            f"{target.name}: a {suffix} name promises {PROMISED[suffix]}, but {what} is "
            "written there; choose another name",
            key="output_suffix_promises",
            name=target.name,
            suffix=suffix,
        )


@contextlib.contextmanager
def output_file(
    path: str | Path,
    *,
    project: Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> Iterator[BinaryIO]:
    """A binary handle on a private temporary file beside the checked target; when the
    block ends without error the file is synced and renamed over the target, otherwise
    it is removed and the target is left as it was."""
    shown = Path(path)
    target = check_target(shown, project=project, inputs=tuple(inputs), force=force)
    sweep(target.parent)  # partials of exports killed before they were renamed into place
    try:
        fd, partial = claim(target)
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write: {exc.strerror or exc}") from None
    try:
        # the descriptor (and its lock, which tells a sweeper this partial is alive) is
        # kept until the partial has been renamed over the target
        with os.fdopen(fd, "wb", closefd=False) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        put_in_place(partial, target, shown, force)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OutputError(f"{shown}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


def put_in_place(partial: Path, target: Path, shown: Path, force: bool) -> None:
    """A finished partial renamed to ``target`` (checked when the writing began): never
    over a project made there meanwhile, and over any other file only with ``force``."""
    if is_qualcode_file(target) or in_use(target):  # appeared while we wrote
        raise OutputError(f"{shown}: is a qualcode project; it is never written over")
    if force:
        os.replace(partial, target)
    else:
        _place_new(partial, target, shown)


def _place_new(partial: Path, target: Path, shown: Path) -> None:
    """The partial put in place under a name nothing holds. The target was checked absent
    before the export began, but a file or a link made there while it was written (a
    colleague's document saved into the folder, another export) was replaced by
    ``os.replace`` without a word, ``force`` or not (red team 35). A hard link is made
    only where no name stands, so the check and the placing are one step; a disk without
    hard links (FAT, some shares) is asked once more just before the rename."""
    appeared = OutputError(
        f"{shown}: a file of that name was made while this was written; it is left as it "
        f"is; add {SETTING} to replace it, nothing written",
        setting="force",
    )
    try:
        os.link(partial, target, follow_symlinks=False)
    except FileExistsError:
        raise appeared from None
    except OSError:  # no hard links on this disk
        if os.path.lexists(target):
            raise appeared from None
        os.replace(partial, target)
    else:
        partial.unlink()


def write_output(
    path: str | Path,
    data: bytes | str | IO[bytes],
    *,
    project: Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> Path:
    """Write ``data`` (text as UTF-8; an open file copied from its start, a block at a
    time: a .qdpx of gigabytes waits on disk, not in memory) to ``path`` under the rules
    above; returns the path."""
    if isinstance(data, (bytes, str)):
        raw = data.encode("utf-8") if isinstance(data, str) else data
        with output_file(path, project=project, inputs=inputs, force=force) as handle:
            handle.write(raw)
        return Path(path)
    with output_file(path, project=project, inputs=inputs, force=force) as handle:
        data.seek(0)
        shutil.copyfileobj(data, handle, BLOCK)
    return Path(path)


def copy_aside(path: Path, before: Path) -> Path:
    """``path`` copied to the new name ``before``, bytes, permissions and times, private
    while it is written, to be put back should an export replacing ``path`` fail
    (``file_sets.py``). Made where no hard link can keep it (FAT or exFAT on a USB
    stick, some shares): it costs the space and time of the file once, only with
    --force, and is the one way a rename over the file can be taken back there. A copy
    the disk refuses is an ``OutputError`` before any file of the export is written."""
    try:
        made = os.open(before, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise _not_kept(path, exc) from None
    try:
        with os.fdopen(made, "wb") as copy, path.open("rb") as old:
            shutil.copyfileobj(old, copy)
        shutil.copystat(path, before)
        with contextlib.suppress(OSError):  # its owner and group, where this login may
            os.chown(before, (info := path.stat()).st_uid, info.st_gid)
    except OSError as exc:
        before.unlink(missing_ok=True)
        raise _not_kept(path, exc) from None
    return before


def _not_kept(path: Path, exc: OSError) -> OutputError:
    return OutputError(
        f"{path.name}: cannot keep a copy of the file to be replaced, to put back should "
        f"the export fail: {exc.strerror or exc}; nothing written"
    )

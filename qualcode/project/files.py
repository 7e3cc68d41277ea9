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

What on disk is a qualcode project, or a database's working file, is ``db_files.py``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from qualcode.errors import SETTING, OutputError
from qualcode.oneline import cut_path, unreadable_at
from qualcode.project.db_files import SIDECARS, in_use, is_qualcode_file
from qualcode.project.partials import claim, sweep

# set by `qualcode serve` for the TUI each link runs: that person works on the server's
# disk, where no file of the serving user's may be replaced (a coder's link confirmed
# "replace?" over the lead's thesis.docx); new files are still written
SERVED_VARIABLE = "QUALCODE_SERVED"


def _special(path: Path) -> bool:
    """True if ``path`` names something other than a file or folder (a device, a pipe, a
    socket; ``/dev/stdout`` whatever it stands for)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _same_file(a: Path, b: Path) -> bool:
    if a == b.expanduser().resolve():
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _is_backup_name(target: Path, project: Path) -> bool:
    """Named as ``store.migrate.backup`` names this project's backups (``NAME.vN-STAMP.bak``)."""
    return (
        target.parent == project.parent
        and target.name.startswith(f"{project.name}.v")
        and target.name.endswith(".bak")
    )


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


def check_target(
    path: str | Path,
    *,
    project: Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> Path:
    """The resolved path a command may write, or an ``OutputError`` saying why not.

    ``project`` is the open project's file (its backups and working files are protected
    too); ``inputs`` are the files the same command reads from. A name the system cannot
    look up at all (longer than a name may be, a link that leads back to itself) is one
    line too: it was a traceback ending in 'File name too long' or 'Symlink loop'.
    """
    try:
        return _checked_target(path, project=project, inputs=inputs, force=force)
    except RuntimeError:  # Path.resolve before Python 3.13: a loop of symbolic links
        raise OutputError(
            f"{cut_path(path)}: is a link that leads back to itself (or through a folder that "
            "does); give a file name",
            key="output_link_loop",
            path=cut_path(path),
        ) from None
    except OSError as exc:
        raise OutputError(
            f"{cut_path(path)}: cannot write: {exc.strerror or exc}",
            key="output_cannot_write",
            path=cut_path(path),
            why=exc.strerror or exc,
        ) from None


def _checked_target(
    path: str | Path,
    *,
    project: Path | None,
    inputs: Iterable[Path],
    force: bool,
) -> Path:
    shown = Path(path)
    if (at := unreadable_at(str(path))) is not None:
        # "wrote a<LF>wrote b.csv" printed two lines; "x<RLO>gpj.md" showed as xdm.jpg
        raise OutputError(
            f"{repr(str(path))[:300]}: holds U+{ord(str(path)[at]):04X} at character {at + 1} (a "
            "line break, control character, direction mark or unseen character, which shows "
            "the name as another); choose a name of plain characters",
            key="output_unprintable",
            character=f"U+{ord(str(path)[at]):04X}",
        )
    if _special(shown.expanduser()):
        # before resolving: /dev/stdout on a pipe resolves to "/proc/N/fd/pipe:[...]", a
        # name that exists nowhere, and was then reported as a missing file
        raise OutputError(
            f"{shown}: is a device, pipe or socket, not a file; never written",
            key="output_device",
            path=shown,
        )
    target = shown.expanduser().resolve()
    if target.is_dir():
        raise OutputError(
            f"{shown}: is a folder; give a file name", key="output_folder", path=shown
        )
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(
            f"{shown}: cannot write: no folder {str(folder)!r}", key="output_no_folder", path=folder
        )
    if target.exists() and not target.is_file():
        raise OutputError(
            f"{shown}: is a device, pipe or socket, not a file; never written",
            key="output_device",
            path=shown,
        )
    if project is not None and _same_file(target, project):
        raise OutputError(
            f"{shown}: is this project's own file; choose another name",
            key="output_project_file",
            path=shown,
        )
    if project is not None and any(
        _same_file(target, project.with_name(project.name + suffix)) for suffix in SIDECARS
    ):  # another name of its -wal (a hard link, a bind): "already exists; add --force"
        raise OutputError(
            f"{shown}: is a working file of the qualcode project {project.name}; "
            "choose another name",
            key="output_working_file",
            path=shown,
            project=project.name,
        )
    for suffix in SIDECARS:
        # in any case: on a case-insensitive disk (macOS, Windows) "study.db-WAL" is the
        # project's -wal itself, and replacing it loses what is not yet checkpointed
        if target.name.casefold().endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if (
                (project is not None and _same_file(base, project))
                or is_qualcode_file(base)
                or in_use(base) is not None  # a project open elsewhere: its header blank
            ):
                raise OutputError(
                    f"{shown}: is a working file of the qualcode project {base.name}; "
                    "choose another name",
                    key="output_working_file",
                    path=shown,
                    project=base.name,
                )
    if project is not None and _is_backup_name(target, project.expanduser().resolve()):
        raise OutputError(
            f"{shown}: is a backup of this project; choose another name",
            key="output_backup",
            path=shown,
        )
    if is_qualcode_file(target):
        raise OutputError(
            f"{shown}: is a qualcode project (or a backup of one); it is never written over",
            key="output_qualcode_file",
            path=shown,
        )
    if (working := in_use(target)) is not None:
        raise OutputError(
            f"{shown}: is a database in use ({working.name} is beside it); "
            "it is never written over",
            key="output_in_use",
            path=shown,
        )
    for source in inputs:
        if _same_file(target, Path(source)):
            raise OutputError(
                f"{shown}: is a file this command reads; choose another name",
                key="output_read_here",
                path=shown,
            )
    if target.exists() and os.environ.get(SERVED_VARIABLE):
        raise OutputError(
            f"{shown}: already exists on the server, and a served session never replaces a "
            "file there; choose a new name",
            key="output_served",
            path=shown,
        )
    if target.exists() and not force:
        raise OutputError(
            f"{shown}: already exists; add {SETTING} to replace it",
            setting="force",
            key="output_exists",
            path=shown,
        )
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        read_only = _read_only(folder)
        raise OutputError(
            f"{shown}: cannot write: {_why_unwritable(read_only)}",
            key="output_read_only" if read_only else "output_denied",
            path=shown,
        )
    return target


def _why_unwritable(read_only: bool) -> str:
    """Why a folder takes no file: a disk mounted read-only (a locked SD card, a CD, a
    share offered read-only) said as such, where 'permission denied' sent a user to change
    the folder's permissions, which cannot help (safety33); else its permissions."""
    if read_only:
        return "the disk holding it is read-only (mounted read-only); choose another folder"
    return "permission denied"


def _read_only(folder: Path) -> bool:
    """Whether the disk holding ``folder`` is mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows), or the folder is gone
        return False


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
    data: bytes | str,
    *,
    project: Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` under the rules above; returns the path."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with output_file(path, project=project, inputs=inputs, force=force) as handle:
        handle.write(raw)
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

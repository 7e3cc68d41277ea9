"""What a file qualcode is asked to write must be before a byte is written: the checks of
``check_target``, which every writer (``files.py``) and every export's early refusal
(``outputs.py``, before any work is done) make alike.

A target is refused, in one line, when its name cannot be shown as typed, when it is a
device, a folder or in a missing folder, when it is a qualcode project (this one or any
other), a database's working file or a file beside which one stands (a database in use),
a backup of this project, a file the same command reads from, a file that exists (without
``force``; never on a served session's disk), or one the folder or disk will not take.
What on disk is a qualcode project, or a database's working file, is ``db_files.py``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from qualcode.errors import SETTING, OutputError
from qualcode.oneline import cut_path, unreadable_at
from qualcode.oneline import shown as shown_name
from qualcode.project.db_files import SIDECARS, in_use, is_qualcode_file

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
    if shown.name != shown.name.rstrip():
        # 'handout omar -o "p.db "' wrote a coder's copy whose name read as the project
        # itself, and a lead sending "p.db" sent everyone's work; the exports refused such
        # a name only by its suffix, a coder's copy (no suffix of its own) not at all
        raise OutputError(
            f"{shown_name(shown.name)}: the name ends in a space, so it reads as "
            f"{shown_name(shown.name.rstrip())} but is another file; choose a name without it",
            key="output_trailing_space",
            name=shown_name(shown.name),
        )
    if _special(shown.expanduser()):
        # before resolving: /dev/stdout on a pipe resolves to "/proc/N/fd/pipe:[...]", a
        # name that exists nowhere, and was then reported as a missing file
        raise _not_a_file(shown)
    _no_dangling_link(shown)
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
        raise _not_a_file(shown)
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


def _no_dangling_link(shown: Path) -> None:
    """Refuse a link whose file does not exist, as ``init`` refuses one. Written through,
    the export landed wherever the link pointed (another folder, a colleague's, a dot file
    at home that did not exist yet) while the command said "wrote NAME" beside the user's
    own files; someone who shares the folder can plant such a link under the name the
    export is going to take. A link to a file that exists is still written through (with
    ``--force``): the user sees that file when she lists the folder."""
    link = shown.expanduser()
    if not link.is_symlink():
        return
    try:
        os.stat(link)
    except FileNotFoundError:
        points = shown_name(os.readlink(link))
        raise OutputError(
            f"{cut_path(shown)}: is a link to {points}, which does not exist; write the file "
            "at the link's target, or choose another name",
            key="output_dangling_link",
            path=cut_path(shown),
            target=points,
        ) from None
    except OSError:
        return  # a loop of links or a name too long: the resolve below says which


def _not_a_file(shown: Path) -> OutputError:
    """A device, pipe or socket named as the target, met before or after resolving."""
    return OutputError(
        f"{shown}: is a device, pipe or socket, not a file; never written",
        key="output_device",
        path=shown,
    )


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

"""Several files of one export written as one: all or none, the files it replaces too.

A Markdown summary and its charts are one export, and an export is one file with its
audit entry (``export_log.py``): the set stands only when the last file is in place and
the entry is committed. ``file_set`` checks every target before the first byte, writes
the file that refers to the others last, and keeps each file it will replace (--force)
under a hidden second name until its caller says the set stands; any failure before
that (a full disk at the second chart, a commit the project's disk refused) removes
every file the set created and puts every file it replaced back as it was, and only
then is the error said: its 'nothing written' is true. Each file still goes through the
one writer (``files.write_output``) and its rules.

It is the one such mechanism: before, the audit log kept a list of its own beside this
module's, and a summary whose second chart failed put back no replaced file while the
line said nothing was written (review43).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

from qualcode.errors import OutputError
from qualcode.project.files import copy_aside, write_output
from qualcode.project.output_targets import check_target
from qualcode.project.partials import hold, kept_name


@contextlib.contextmanager
def file_set(
    files: Mapping[Path, bytes | str | IO[bytes]],
    *,
    project: Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> Iterator[list[Path]]:
    """Write ``files`` in the order given (the one that refers to the others last) and
    yield the paths written; the set stands when the ``with`` block ends without error.
    An error, in the writing or in the block (the audit entry's commit), takes the whole
    set back: the files it created removed, the files it replaced put back under their
    names, the same inode with its bytes and permissions, before the error goes on. The
    hidden names (``.NAME.XXXXXXXXXXXX.before``) are gone when the block ends, however
    it ends."""
    sources = tuple(inputs)
    # what each name stands for: a link the user named is written through (the one
    # writer's rule), so the file it leads to is the one kept
    targets = {
        Path(path): check_target(path, project=project, inputs=sources, force=force)
        for path in files
    }
    for path in list(files)[:-1]:
        # a file written beside the one named (a chart): with --force it went through a
        # link standing under its name, over the file the link pointed to (red team 18)
        if os.path.islink(path):
            raise OutputError(
                f"{Path(path).name}: is a link to {os.readlink(path)!r}; a file written beside "
                "the export is never written through a link; nothing written"
            )
    with undone_on_failure(targets.values(), force=force) as placed:
        written: list[Path] = []
        for path, data in files.items():
            written.append(write_output(path, data, project=project, inputs=sources, force=force))
            placed(targets[Path(path)])
        yield written


@contextlib.contextmanager
def undone_on_failure(targets: Iterable[Path], *, force: bool) -> Iterator[Callable[[Path], None]]:
    """The taking back under ``file_set``, for a writer that places its files itself (a
    coder's copy of the project, built as a database): each of ``targets`` (resolved,
    checked) that stands as a file is kept under a hidden second name when ``force``
    may replace it; the block calls the function it is given with each target once that
    file is in place. An error in the block removes each placed file that was not there
    before and renames each replaced one's kept name back over it; the hidden names are
    gone when the block ends, however it ends (but for one that could not be renamed
    back, the one copy of its file; and a process killed meanwhile: ``partials.sweep``)."""
    names = list(targets)
    before = {target for target in names if os.path.lexists(target)}
    kept: dict[Path, Path] = {}  # a file to be replaced: its hidden second name
    held: list[int] = []  # their locks: no sweeper takes them for a killed export's
    placed: list[Path] = []
    stuck: set[Path] = set()
    try:
        for target in names if force else ():
            if target.is_file() and not target.is_symlink():
                kept[target] = _keep(target, held)
        yield placed.append
    except BaseException:
        stuck = _take_back(
            [t for t in placed if t not in before], {t: kept[t] for t in placed if t in kept}
        )
        raise
    finally:
        for copy in kept.values():
            if copy not in stuck:  # never the one copy of a file that could not go back
                copy.unlink(missing_ok=True)
        for fd in held:  # after the names are gone, so none stands unheld
            os.close(fd)


def _keep(target: Path, held: list[int]) -> Path:
    """A hidden second name for ``target`` as it stands, held under a lock (its
    descriptor added to ``held``): a hard link, the same file, which the rename of the
    new file leaves whole; where none can be made or held (a disk without hard links, a
    program holding a lock on the file), a copy (``files.copy_aside``)."""
    for _ in range(3):
        before = kept_name(target)
        try:
            os.link(target, before, follow_symlinks=False)
        except OSError:
            break
        fd = hold(before)
        if fd is not None:
            held.append(fd)
            return before
        with contextlib.suppress(OSError):  # a sweeper met it first, or a program's lock
            before.unlink()
    before = copy_aside(target, kept_name(target))
    fd = hold(before, wait=True)  # its own file: a sweeper looks at it a moment at most
    if fd is None:
        before.unlink(missing_ok=True)
        raise OutputError(f"{target.name}: cannot keep a copy of it to put back; nothing written")
    held.append(fd)
    return before


def _take_back(created: list[Path], replaced: Mapping[Path, Path]) -> set[Path]:
    """Remove what the set made and rename each replaced file's kept name back over the
    new one; the kept names that could not be renamed back (the folder made unwritable
    meanwhile), left where they are as the one copy of the file they keep. Each file is
    put back on its own, and the failure that stopped the set is the one said."""
    for path in created:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    stuck: set[Path] = set()
    for path, before in replaced.items():
        try:
            os.replace(before, path)
        except OSError:
            stuck.add(before)
    return stuck

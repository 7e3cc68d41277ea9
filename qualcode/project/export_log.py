"""Every export in the audit log: who wrote which file, when, of which layer and whose
work, with the pseudonym key or real names, and how much it held.

A file with real names that leaves the project is the event an ethics board asks about,
and a lead citing the log in a methods section must be able to say who exported what
from which layer. Each export writes one ``export.<kind>`` entry (``export.codings``,
``export.summary``, ``export.qdpx`` ...) together with its file: in one write
transaction taken after the export's reads (``snapshot.after_snapshot``), the entry
first and the file after, so a file that cannot be written rolls the entry back (an
export that fails writes no entry), and the write lock is held only for the time of
putting bytes already made on the disk (a colleague coding meanwhile waits that long).

The entry keeps the file's name without its folders: a folder names a login
('/home/anna.lind/...') or, for a file put beside the transcripts, a participant
('/projekt/intervjuer/Karin Berg/'), and the log is append-only, so what it keeps can
never be taken back; the name alone says which file it was, as ``codebook.load`` keeps
its source.

A project file nobody may write (a copy on read-only media, a colleague's file shared
read-only) can hold no entry; its exports are written unrecorded, as before: refusing
them would take a working export away, and the file itself is no one's working log.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from qualcode.project.file_sets import write_outputs
from qualcode.project.snapshot import after_snapshot

FAMILY = "export"  # the action family: export.codings, export.summary, ...
PSEUDONYMS, REAL_NAMES = "pseudonyms", "real names"


def names_said(real_names: bool) -> str:
    """How the export named people: through the pseudonym key, or by their real names."""
    return REAL_NAMES if real_names else PSEUDONYMS


def write_recorded(
    service: Any,
    kind: str,
    files: Mapping[Path, bytes | str],
    details: Mapping[str, object],
    *,
    force: bool,
    inputs: Iterable[Path] = (),
) -> None:
    """Write ``files`` (the one a user named last: ``file_sets.write_outputs``) with the
    audit entry ``export.<kind>``: the file's name, then ``details`` (layer, coders,
    names, counts; a None value left out), named for the person at the keyboard."""
    store = service.store
    sources = tuple(inputs)
    named = list(files)[-1]
    payload = {"file": Path(named).name, **{k: v for k, v in details.items() if v is not None}}

    def write() -> None:
        if store.readonly:  # no entry can be kept in it (see above)
            write_outputs(files, project=store.path, inputs=sources, force=force)
            return
        # the entry reaches the disk only at the commit, after the files: a project on a
        # full disk (or under a file-size limit) refused it there, and the export stood
        # written beside the line 'cannot write ...; nothing written', in no entry of the
        # log (red team 42); the files this export made are taken back with the entry,
        # and those it replaced (force) are put back as they were
        made = [Path(path) for path in files if not os.path.lexists(path)]
        kept = _kept_aside(files) if force else {}
        written = False
        try:
            with store.transaction():
                store.audit.append(service.acting_name(), f"{FAMILY}.{kind}", payload)
                write_outputs(files, project=store.path, inputs=sources, force=force)
                written = True  # a refusal above left any file of that name as it was
        except BaseException:
            for path in made if written else ():
                path.unlink(missing_ok=True)
            for path, before in kept.items() if written else ():
                os.replace(before, path)
            raise
        finally:
            for before in kept.values():
                before.unlink(missing_ok=True)

    after_snapshot(service, write)


def _kept_aside(files: Iterable[Path]) -> dict[Path, Path]:
    """A hard link to each file an export with ``force`` will replace, under a hidden name
    beside it, so a commit refused after the files were written can put them back:
    last week's export replaced by one no entry accounts for, under the line 'nothing
    written', was lost (review42). The files are put in place by a rename, so the link
    keeps the old one as it was; a disk without hard links keeps none, as before."""
    import uuid

    kept: dict[Path, Path] = {}
    for path in map(Path, files):
        if not path.is_file() or path.is_symlink():
            continue
        before = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.before")
        try:
            os.link(path, before, follow_symlinks=False)
        except OSError:
            continue
        kept[path] = before
    return kept

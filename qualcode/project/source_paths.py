"""Where an imported file came from, as a document keeps it: never the path itself, which
may name a login and its folders ('/home/anna.lind/...') and stayed in the project file a
lead may send to a co-author or an archive, but a hash of its absolute path and the file's
name (``fingerprint``). That is enough to know the same file imported again, named from its
folder or whole, and to say how its lines read (a PDF's are its pages')."""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import replace
from pathlib import Path, PureWindowsPath

from qualcode.model import AuditEntry
from qualcode.oneline import no_character_marked

# what a kept source begins with; a document imported before keeps its path as it was
FINGERPRINT = "sha256:"
_DRIVE = re.compile(r"[A-Za-z]:[\\/]")  # 'C:\\' or 'C:/': a Windows path begins so


def absolute(source_path: str) -> str:
    """``source_path`` resolved to an absolute path (as given when it cannot be resolved):
    named from its folder or whole, a file is then one path."""
    with contextlib.suppress(OSError, RuntimeError):
        return str(Path(source_path).resolve())
    return source_path


def fingerprint(source_path: str, *, resolve: bool = True) -> str:
    """What a document keeps of the file it came from: ``sha256:``, the hash of its
    absolute path, a slash and the file's name ('sha256:9f2c.../plan.pdf'): the name's
    suffix tells the layout how its lines read, and a coder's copy, which keeps what
    follows the last slash (store/handout.py), keeps the name alone. A hash names no
    folder, though one who guesses a whole path can check the guess. ``resolve=False``
    hashes the path as written: an older import's relative path, whose folder it was
    relative to is no longer known (``upgraded``)."""
    whole = absolute(source_path) if resolve else source_path
    digest = hashlib.sha256(whole.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{FINGERPRINT}{digest}/{kept_name(Path(whole).name)}"


def upgraded(kept: str) -> str:
    """The fingerprint of a path a document imported before stop 39 kept as it was: an
    absolute one as today's import of that file makes it, a relative one (as given on
    the command line) hashed as written, so the same file named the same way again is
    still known (``spellings``), wherever the upgrade happens to run. A path written on
    Windows ('C:\\Users\\anna.lind\\intervjuer\\aby_01.txt', a project made there and
    opened here) is one name to this system's paths, folders and all: its name is read
    the Windows way, and the path hashed as written."""
    if "\\" in kept or _DRIVE.match(kept):
        digest = hashlib.sha256(kept.encode("utf-8", "surrogatepass")).hexdigest()
        return f"{FINGERPRINT}{digest}/{PureWindowsPath(kept).name}"
    return fingerprint(kept, resolve=Path(kept).is_absolute())


def spellings(source_path: str) -> set[str]:
    """Every way a document may keep this file: its fingerprint, and for one imported
    before documents kept fingerprints, the path as given and as an absolute path (a file
    imported once named whole is the same file named later from its folder), and the
    hash of the path as given (such a relative path, upgraded: ``upgraded``)."""
    return {
        source_path,
        absolute(source_path),
        fingerprint(source_path),
        fingerprint(source_path, resolve=False),
    }


def file_name(source: str) -> str:
    """A file's name without its folders, written with either slash (a path typed on
    Windows reads alike): what the audit log keeps of a file a lead loaded from, as
    ``kept_name`` keeps it."""
    return kept_name(source.replace("\\", "/").rstrip("/").rpartition("/")[2] or source)


def kept_name(name: str | Path) -> str:
    """A file's name (a path: its last part) as the project keeps it in an audit entry or
    a suggestion's evidence, each character that is no character made U+FFFD. A file
    named in Latin-1 on a UTF-8 system (kodbok_å.yaml saved by an older tool, or unpacked
    from an old archive) reaches Python with a lone surrogate for each byte it could not
    read, which SQLite cannot store: loading such a codebook, merging such a package or
    importing such a sheet or .qdpx was refused with the entry's JSON as the only line,
    though the file itself was good."""
    text = name.name if isinstance(name, Path) else name
    return no_character_marked(text)


def folders_out(entry: AuditEntry) -> AuditEntry:
    """An audit entry as every reader sees it: ``codebook.load`` kept the codebook's path
    as typed ('/home/anna.lind/kodbok.yaml') until stop 40, and the log is append-only,
    so an older entry keeps it in the file; it is shown by the file's name alone."""
    source = entry.payload.get("source")
    if entry.action != "codebook.load" or not isinstance(source, str):
        return entry
    return replace(entry, payload={**entry.payload, "source": file_name(source)})

"""The files a typed pattern names (``~/intervjuer/*.docx``), found within a bound.

A pattern typed into the TUI's import prompt (``i``) was expanded whole by ``glob``:
``/*/*/*/*/*/*/*.txt`` walked every folder of the machine six deep, froze the screen for
16 s and then offered to import 58,066 files (redteam40). Here the walk stops, with a
one-line refusal, once it has looked into ``MAX_FOLDERS`` folders or matched ``MAX_FILES``
files, so an answer comes at once either way. The rule is the service's: the TUI's prompt
and ``import_files`` (the CLI's ``import`` with a quoted pattern, a notebook's call) read a
pattern alike.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from qualcode.errors import ValidationError

MAX_FOLDERS = 2000  # folders looked into for one pattern: a study's folders, not a disk's
MAX_FILES = 10000  # files one pattern may name: thousands of transcripts, not a system
WILD = "*?["


def is_pattern(text: str) -> bool:
    """Whether ``text`` holds a wildcard a shell would expand (``*``, ``?``, ``[``)."""
    return any(c in text for c in WILD)


def pattern_files(pattern: str) -> list[Path]:
    """The files ``pattern`` names, sorted (folders are not files and are left out; names
    starting with a dot only where the pattern's part starts with one, as a shell does);
    refused in one line when the walk would look into more than ``MAX_FOLDERS`` folders
    or name more than ``MAX_FILES`` files: a pattern typed a level too wide would
    otherwise walk the whole disk before anything answered."""
    path = Path(pattern).expanduser()
    parts = path.parts
    start = 1 if path.anchor else 0
    level = [Path(path.anchor)] if path.anchor else [Path()]
    looked = 0
    for index, part in enumerate(parts[start:], start=start):
        last = index == len(parts) - 1
        if not is_pattern(part):
            level = [p / part for p in level]
            continue
        found: list[Path] = []
        for folder in level:
            looked += 1
            if looked > MAX_FOLDERS:
                raise _too_wide(pattern, "folders", MAX_FOLDERS)
            found += _matches(folder, part, dirs_only=not last)
            if last and len(found) > MAX_FILES:
                raise _too_wide(pattern, "files", MAX_FILES)
            if not last and len(found) > MAX_FOLDERS:  # each would be looked into next
                raise _too_wide(pattern, "folders", MAX_FOLDERS)
        level = found
    return sorted(p for p in level if p.is_file())


def _matches(folder: Path, part: str, *, dirs_only: bool) -> list[Path]:
    """The entries of ``folder`` whose names match ``part`` (none where it cannot be read)."""
    hidden = part.startswith(".")
    try:
        with os.scandir(folder) as entries:
            return [
                folder / e.name
                for e in entries
                if (hidden or not e.name.startswith("."))
                and fnmatch.fnmatch(e.name, part)
                and (not dirs_only or _is_dir(e))
            ]
    except OSError:  # not a folder, gone, or not ours to read: it matches nothing
        return []


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Whether the entry is a folder (or a link to one); a broken entry is none."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _too_wide(pattern: str, kind: str, most: int) -> ValidationError:
    """The refusal of a pattern that reaches too far, keyed for the TUI's languages."""
    from qualcode.oneline import shown

    return ValidationError(
        f"{shown(pattern)} {'reaches into' if kind == 'folders' else 'names'} more than "
        f"{most} {kind}; name the folder the "
        "transcripts are in (such as ~/intervjuer/*.docx)",
        key="import_pattern_folders" if kind == "folders" else "import_pattern_files",
        pattern=pattern,
        most=most,
    )


def expanded(paths: list[str | Path]) -> list[str | Path]:
    """``paths`` with each pattern that names no file of its own replaced by the files it
    matches (a pattern matching none is kept, for the import to report as missing): the
    CLI's ``import '*.docx'`` quoted, or a shell that leaves patterns alone, imports as
    the TUI's prompt does, within the same bound."""
    out: list[str | Path] = []
    for raw in paths:
        text = str(raw)
        found = pattern_files(text) if is_pattern(text) and not Path(text).exists() else []
        out += found or [raw]
    return out

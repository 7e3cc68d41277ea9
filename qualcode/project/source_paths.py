"""Where an imported file came from, as a document keeps it: one absolute path, so a file
named once from its folder and once whole is known as the same file."""

from __future__ import annotations

import contextlib
from pathlib import Path


def absolute(source_path: str) -> str:
    """``source_path`` resolved to an absolute path, as a document keeps it (as given when
    it cannot be resolved): named from its folder or whole, a file is then one path."""
    with contextlib.suppress(OSError, RuntimeError):
        return str(Path(source_path).resolve())
    return source_path


def spellings(source_path: str) -> set[str]:
    """The path as given and as an absolute path: a file imported once named whole
    ('/home/.../intervjuer/plan.docx') is the same file named later from its folder
    ('intervjuer/plan.docx'), and the other way round, as documents now keep the absolute
    path. A document imported before that keeps the path as given, matched as given."""
    return {source_path, absolute(source_path)}

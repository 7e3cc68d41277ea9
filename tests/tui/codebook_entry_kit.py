"""What the codebook screen's tests of one code's entry share: a project whose first code
of the small codebook carries a field the entry shows (further examples, parts), with
karin to read it, and the entry's text as shown. Written once, so the tests of each new
field the entry shows begin alike (duplicates D2 of stop 47's reading)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.widgets import Static

from qualcode import Project
from tests.conftest import small_codebook


def first_code_with(path: Path, **fields: Any) -> None:
    """A project at ``path``: the small codebook with ``fields`` on its first code
    (mission_dialogue), and the coder karin."""
    book = small_codebook()
    first = replace(book.codes[0], **fields)
    with Project.create(path) as project:
        project.apply_codebook(replace(book, codes=(first, *book.codes[1:])))
        project.add_coder("karin")


def entry_text(screen: Any) -> str:
    """The codebook screen's entry for the code it stands on, as shown."""
    return str(screen.query_one("#cb-entry", Static).render())

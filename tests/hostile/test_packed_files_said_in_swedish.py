"""A workbook, Word file or PDF saved under a text file's name is refused in the
interface's language.

Red team 41 named such a file as what it is ('a zip archive (a workbook, a Word or
OpenDocument file), not a text file; save it as text'), in English only: a coder in the
Swedish interface who imported one with ``i`` read that English inside a Swedish note
(red team 42). The refusal now carries a key, the import report keeps it by the file, and
the interface's note words it from the language files; the CLI's line is as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.catalog import Catalog
from qualcode.tui.screens.doc_import import import_notes
from tests.hostile.hostile_kit import small_team

HEADS = {
    "zip": (b"PK\x03\x04\x14\x00\x00\x00", "ett zip-arkiv", "a zip archive"),
    "office": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "en äldre Office-fil", "an older Office"),
    "pdf": (b"%PDF-1.7\n\x00\x01", "en PDF, ingen textfil", "a PDF, not a text file"),
}


@pytest.mark.parametrize("kind", sorted(HEADS))
def test_the_import_note_says_it_in_swedish(tmp_path: Path, kind: str) -> None:
    head, swedish, english = HEADS[kind]
    path = tmp_path / "p.db"
    small_team(path)
    sent = tmp_path / "intervju.txt"
    sent.write_bytes(head + b"\x00" * 64)
    with Project.open(path) as p:
        p.act_as("lena")
        report = p.import_files([sent], lang="auto", actor="lena")
    (failed,) = report.failed
    assert failed[0] == "intervju.txt" and english in failed[1]  # the CLI's, as before
    ((line, severity),) = import_notes(report, Catalog("sv"))
    assert severity == "error"
    assert line.startswith("Inte importerad: intervju.txt: ") and swedish in line, line
    assert "not a text file" not in line
    ((line, _),) = import_notes(report, Catalog("en"))
    assert english in line

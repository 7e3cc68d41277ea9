"""Red team (claim 1): control characters in the reconciliation discussion.

A comment, a rationale or a reopening reason could hold ESC, BEL or a vertical tab: the
Markdown agenda then carried the ESC sequence to whoever printed it, and the Word agenda
died in a ValueError traceback from python-docx. Now such texts are refused where they
are written, and the agenda leaves out any that an older file still holds.
"""

from __future__ import annotations

import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import one_boundary_case

ESCAPES = "see \x1b[31mred\x1b[0m\x07 and\vmore"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    with one_boundary_case(tmp_path / "p.db") as p:
        return p.path


def test_discussion_texts_with_control_characters_are_refused(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        case = p.cases()[0].case
        with pytest.raises(ValidationError, match="control character"):
            p.comment(case.id, "lena", ESCAPES)
        with pytest.raises(ValidationError, match="control character"):
            p.decide(case.id, "union", ESCAPES, "lena")
        p.decide(case.id, "union", "both readings hold", "lena")
        with pytest.raises(ValidationError, match="control character"):
            p.reopen(case.id, "lena", ESCAPES)


def test_the_agenda_leaves_old_control_characters_out(project: Path, tmp_path: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        case = p.cases()[0].case
        lena = next(c.id for c in p.coders() if c.name == "lena")
    conn = sqlite3.connect(project)  # as an older qualcode let it in
    with conn:
        conn.execute(
            'INSERT INTO case_comments (id, case_id, document_id, start, "end", author_id, '
            "text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00+00:00')",
            [str(uuid.uuid4()), case.id, case.document_id, case.start, case.end, lena, ESCAPES],
        )
    conn.close()
    with Project.open(project) as p:
        p.act_as("lena")
        for name in ("agenda.md", "agenda.docx"):
            p.write_agenda(tmp_path / name)
    text = (tmp_path / "agenda.md").read_text(encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "agenda.docx") as archive:
        text += archive.read("word/document.xml").decode("utf-8")
    assert "red" in text and "more" in text
    assert not any(ch in text for ch in "\x1b\x07\x0b")

"""The documents' upgrade (project/upgrade.py) over the transcript shapes today's import
reads text above the first speaker in: each is imported today, put back as an import
before stop 39 left it (the turns and units above the first speaker taken out, the rest
numbered from 0, the upgrade mark set), opened, and must read as the import made it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project

# Invented for this test.
SHAPES = {
    "title": "Intervju 3, Norrby\n\nI: Hur började det?\n\nR: Med ett nytt uppdrag. Det tog tid.\n",
    "two paragraphs": (
        "Protokoll från arbetsplatsträff\n\nNärvarande: fyra socialsekreterare. Ordförande "
        "öppnade mötet.\n\nAnna: Vi har för många ärenden.\n\nBo: Det håller jag med om.\n\n"
        "Anna: Då tar vi upp det.\n\nBo: Bra.\n"
    ),
    "teams lines": (
        "Möte om introduktionen\n\nSpeaker 1   0:03\nVälkomna hit.\n\nSpeaker 2   0:05\n"
        "Tack. Ska vi börja?\n\nSpeaker 1   0:09\nJa, gärna.\n"
    ),
    "stamped labels": (
        "Intervju 8\n\n[00:00:04] Lena: Hur ser det ut?\n\n[00:00:09] Omar: Lugnare nu.\n\n"
        "[00:00:15] Lena: Varför?\n"
    ),
    "nothing above": "I: Hur började det?\n\nR: Med ett nytt uppdrag.\n",
}


def _as_before_stop_39(path: Path, doc_id: str) -> int:
    """Take the turns and units above the first speaker's turn out of ``doc_id`` and
    number the rest from 0, as an older import stored it; the mark migration 13 sets."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        row = conn.execute(
            "SELECT min(idx) FROM turns WHERE document_id = ? AND speaker IS NOT NULL", [doc_id]
        ).fetchone()
        first = row[0]
        start = conn.execute(
            "SELECT start FROM turns WHERE document_id = ? AND idx = ?", [doc_id, first]
        ).fetchone()[0]
        units = conn.execute(
            'SELECT count(*) FROM units WHERE document_id = ? AND "end" <= ?', [doc_id, start]
        ).fetchone()[0]
        conn.execute("BEGIN")
        conn.execute("DELETE FROM turns WHERE document_id = ? AND idx < ?", [doc_id, first])
        conn.execute("UPDATE turns SET idx = idx - ? WHERE document_id = ?", [first, doc_id])
        conn.execute("DELETE FROM units WHERE document_id = ? AND idx < ?", [doc_id, units])
        conn.execute("UPDATE units SET idx = idx - ? WHERE document_id = ?", [units, doc_id])
        conn.execute("INSERT INTO meta (key, value) VALUES ('upgrade.documents', 'pending')")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return first


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_an_old_import_upgraded_reads_as_today_s(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        doc = project.import_text("ip", SHAPES[shape], lang="sv")
        turns, units = project.turns(doc.id), project.units(doc.id)
        project.add_coding(doc.id, 0, 5, *_any_code(project))
    above = _as_before_stop_39(path, doc.id)
    assert (above == 0) == (shape == "nothing above")  # the shape holds what it names
    with Project.open(path) as project:
        assert project.turns(doc.id) == turns
        assert project.units(doc.id) == units
        upgrade = project.upgraded
        (coding,) = project.codings()
    assert (upgrade.turns if upgrade else 0) == above
    assert (coding.start, coding.end) == (0, 5)


def _any_code(project: Project) -> tuple[str, str]:
    from tests.conftest import small_codebook

    project.apply_codebook(small_codebook())
    project.add_coder("karin")
    return "mission_dialogue", "karin"

"""Duplicates are impossible by construction (issue 11 item 7, issue 15 item 3).

Racing imports of one file leave one document; the same passage and code is coded once
per coder; ``import-qdpx`` of documents the project holds is refused whole, and creates the
project when there is none; the migration soft-deletes duplicates an older file holds.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.store.schema import MIGRATIONS
from tests.conftest import SV_TEXT, add_plain_document, small_codebook
from tests.hostile.hostile_kit import counts, qualcode, refused

# slow: imports race in several processes
pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
        add_plain_document(p, "aby_01.txt", SV_TEXT.split("\n")[:6])
    return path


def test_three_racing_imports_of_one_file_make_one_document(project: Path, tmp_path: Path) -> None:
    source = tmp_path / "same.txt"
    source.write_text("I: Hur började det?\nR: Det var en lång höst med många ärenden.\n")
    env = {**os.environ, "QUALCODE_SEMANTIC": "off"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "qualcode", "-p", str(project), "import", str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for _ in range(3)
    ]
    outcomes = [(r.wait(timeout=300), r.stderr.read()) for r in runs]  # type: ignore[union-attr]
    assert sorted(code for code, _ in outcomes) == [0, 1, 1], outcomes
    assert all("same content" in err for code, err in outcomes if code)
    with Project.open(project) as p:
        assert [d.name for d in p.documents()].count("same.txt") == 1


def test_a_passage_and_code_is_coded_once_per_coder(project: Path) -> None:
    with Project.open(project) as p:
        doc = p.documents()[0].id
        p.add_coding(doc, 0, 20, "integration", "karin")
    message = refused(project, "code", "add", "--doc", doc, "--start", "0", "--end", "20",
                      "--code", "integration", coder="karin")  # fmt: skip
    assert "already coded integration by karin" in message
    done = qualcode(project, "code", "add", "--doc", doc, "--start", "0", "--end", "20",
                    "--code", "integration", coder="lena")  # fmt: skip
    assert done.status == 0, done.stderr  # another coder may code the same passage


def test_import_qdpx_of_documents_the_project_holds_is_refused(
    project: Path, tmp_path: Path
) -> None:
    with Project.open(project) as p:
        p.export_qdpx(tmp_path / "own.qdpx")
    message = refused(project, "import-qdpx", str(tmp_path / "own.qdpx"), coder="lena")
    assert "same content" in message and "aby_01.txt" in message


def test_import_qdpx_creates_the_project(project: Path, tmp_path: Path) -> None:
    with Project.open(project) as p:
        p.export_qdpx(tmp_path / "own.qdpx")
    fresh = tmp_path / "fresh.db"
    done = qualcode(fresh, "import-qdpx", str(tmp_path / "own.qdpx"))
    assert done.status == 0, done.stderr
    assert counts(fresh)["documents"] == 1 and counts(fresh)["codes"] > 0


def test_the_migration_soft_deletes_duplicates_an_older_file_holds(
    project: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(project) as conn:
        conn.execute("DROP INDEX idx_documents_live_sha256")
        conn.execute("DROP INDEX idx_codings_live_once")
        doc = conn.execute("SELECT * FROM documents").fetchone()
        conn.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
            ("copy-id", "aby_01 copy.txt", *doc[2:7], "2099-01-01T00:00:00+00:00", None),
        )
        karin = conn.execute("SELECT id FROM coders WHERE name = 'karin'").fetchone()[0]
        code = conn.execute("SELECT id FROM codes WHERE key = 'integration'").fetchone()[0]
        for n in range(2):
            conn.execute(
                "INSERT INTO codings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (f"c{n}", doc[0], 0, 20, code, karin, "coder", "manual", None, None, "t", None),
            )
        # back to just before the migration that made the unique indexes; later ones run
        # again, so what they made is taken away too
        before = next(i for i, m in enumerate(MIGRATIONS) if "idx_codings_live_once" in m)
        assert MIGRATIONS[before].count("CREATE UNIQUE INDEX") == 2
        conn.execute("DROP TABLE IF EXISTS case_comments")
        conn.execute("ALTER TABLE decisions DROP COLUMN digest")
        conn.execute("ALTER TABLE decisions DROP COLUMN participants")
        conn.execute("ALTER TABLE memos DROP COLUMN start")  # passage memos, later
        conn.execute('ALTER TABLE memos DROP COLUMN "end"')
        conn.execute("ALTER TABLE pseudonyms DROP COLUMN generated")  # generated, later
        conn.execute("DROP TABLE document_set_members")  # document sets, later
        conn.execute("DROP TABLE document_sets")
        conn.execute(f"PRAGMA user_version = {before}")
    with Project.open(project) as p:  # migrates, keeping a backup
        assert [d.name for d in p.documents()] == ["aby_01.txt"]
        live = [c.id for c in p.codings(coder="karin")]
        assert live == ["c0"]
        assert [c.id for c in p.codings(coder="karin", include_deleted=True)] == ["c0", "c1"]

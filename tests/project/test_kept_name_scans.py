"""The name finder's scan of each transcript is kept in the project file (perf40b).

Every lead's export says which names in the talk the pseudonym key lacks
(``names_off_key``), and each read all 1,000 transcripts of the big project for them again:
about 1 s of the theme summary's 2 s budget. Each text's scan is now kept by the text's
hash (``store.name_scans``): the note and `pseudonym suggest` say the same with and without
it, a changed or removed text's scan goes, and a file that may not be written (read-only
media, a colleague holding the write lock) is read in memory as before.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.export import name_scan
from qualcode.project.pseudonym_names import name_scans

# names each rule of the finder weighs: a speaker's surname in the talk, a pair, a genitive,
# a title, an address, a place after "i", a workplace, a law, a heading, a body's subject,
# a word-name before a verb of saying, a word the other text writes in lower case
TEXTS = {
    "aby_01.txt": (
        "I: Vem stöttade dig?\n\n"
        "Per: Jag, Per Nilsson, pratade med Åsa om det, och med Åsa Öberg på "
        "Solgårdsskolan. Karins chef Dr. Bo Lind bor i Skönsberg.\n\n"
        "I: Och lex Sarah?\n\n"
        "Per: Tack Gunnel, det var bra. Sten sa att det gick.\n"
    ),
    "norrvik_02.txt": (
        "Welfare Reform And The Care Workforce\n\n"
        "I: Where did you work?\n\n"
        "Mary: I worked in Health and then at the Department of Health in Harrowfield. "
        "Margaret Thornbury and Anna Berg helped, and sten is a stone.\n"
    ),
}


def _project(path: Path) -> Project:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    for name, text in TEXTS.items():
        project.import_text(name, text, lang="sv" if name.startswith("aby") else "en")
    project.act_as("lena")
    return project


def _said(project: Project) -> tuple[list[Any], list[str]]:
    """What `pseudonym suggest` and the export's note say."""
    return project.suggest_pseudonyms("lena"), project.names_off_key("lena")


def _kept(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM name_scans").fetchone()[0])


def _scans_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each text the finder scans, counted (the real scan runs)."""
    reads: list[int] = []
    real = name_scan.scan_text

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(name_scan, "scan_text", counted)
    return reads


def test_the_note_is_the_same_read_from_the_kept_scans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.db"
    with _project(path) as project:
        read = _said(project)  # every text scanned, and the scans kept
    assert _kept(path) == len(TEXTS)
    assert "Åsa Öberg" in read[1] and "Margaret Thornbury" in read[1]
    scans = _scans_read(monkeypatch)
    with Project.open(path) as project:
        project.act_as("lena")
        kept = _said(project)
    assert scans == []  # read back, not scanned again
    assert kept == read
    # and a scan read back is the scan itself
    texts = {t: t for t in TEXTS.values()}
    for text, scan in name_scans(texts).items():
        assert name_scan.TextNames.from_json(scan.to_json()) == scan, text


def test_a_changed_text_is_scanned_again_and_a_removed_ones_scan_goes(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with _project(path) as project:
        assert "Åsa" in project.names_off_key("lena")
        project.remove_document("aby_01.txt", "replaced by the corrected transcript")
        project.import_text("aby_01b.txt", TEXTS["aby_01.txt"].replace("Åsa", "Birgit"))
        after = project.names_off_key("lena")
    assert "Birgit" in after and "Åsa" not in after
    assert _kept(path) == len(TEXTS)  # the removed text's scan is gone


def test_a_file_that_may_not_be_written_is_read_as_before(tmp_path: Path) -> None:
    from tests.hostile.disk_kit import read_only_tmpfs

    path = tmp_path / "p.db"
    with _project(path) as project:
        read = _said(project)
    # an archived file from before the kept scans: schema 13, no table, on read-only media
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE name_scans")
        conn.execute("PRAGMA user_version = 13")
    conn.close()

    def fill(disk: Path) -> None:
        shutil.copy(path, disk / "p.db")

    for disk in read_only_tmpfs(tmp_path / "media", "8m", fill):
        with Project.open(disk / "p.db") as project:
            assert project.store.readonly
            project.act_as("lena")
            assert _said(project) == read


def test_a_colleague_writing_is_not_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with _project(path) as project:
        read = _said(project)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM name_scans")
    conn.close()
    colleague = sqlite3.connect(path, isolation_level=None)
    colleague.execute("BEGIN IMMEDIATE")  # an import holding the write lock
    try:
        with Project.open(path) as project:
            project.act_as("lena")
            assert _said(project) == read  # read in memory, kept another time
    finally:
        colleague.execute("ROLLBACK")
        colleague.close()
    assert _kept(path) == 0
    with Project.open(path) as project:
        project.act_as("lena")
        assert _said(project) == read
    assert _kept(path) == len(TEXTS)

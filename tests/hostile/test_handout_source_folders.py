"""A coder's copy of the project holds no folder of the lead's.

A document keeps the path it was imported from, resolved to an absolute path since an
import named from the folder and another named whole had to meet as one file. A handout
copied it as it stood, so every coder's copy carried the lead's folders and login
('/home/lena/Intervjuer Ekstad/...') off her machine (red team 39). The copy now keeps
the file's name alone, which still tells the coding screen a PDF's page lines."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT


def test_the_copy_keeps_the_files_name_alone(tmp_path: Path) -> None:
    private = tmp_path / "lena_privat" / "Intervjuer Ekstad"
    private.mkdir(parents=True)
    (private / "aby_01.txt").write_text(SV_TEXT, encoding="utf-8")
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.act_as("lena")
        report = project.import_files([private / "aby_01.txt"], lang="sv")
        assert report.imported
        project.handout("karin", tmp_path / "karin.db")
    with sqlite3.connect(tmp_path / "karin.db") as copy:
        kept = copy.execute("SELECT source_path FROM documents").fetchall()
    assert kept == [("aby_01.txt",)]
    assert b"lena_privat" not in (tmp_path / "karin.db").read_bytes()

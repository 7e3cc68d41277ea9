"""Every CSV qualcode writes opens in Excel with å, ä, ö intact: Excel reads a UTF-8 file
without a byte order mark in the local code page, so the exports and the listings
redirected to a file start with EF BB BF. pandas and the csv module (with ``utf-8-sig``)
read them back with clean headers, and the formula guard still holds.

The real ``qualcode`` process writes here, with standard output redirected to a file as a
user's ``> table.csv`` does, under an ASCII locale (a Windows code page would be the same
problem: the bytes must not depend on it).
"""

from __future__ import annotations

import codecs
import csv
import os
import pty
import subprocess
import sys
from pathlib import Path

import pandas as pd

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def _qualcode(project: Path, out: Path, *args: str) -> None:
    env = {**os.environ, "QUALCODE_CODER": "lena", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    with out.open("wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "qualcode", "-p", str(project), *args],
            env=env,
            stdout=handle,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode()


def _read_back(path: Path) -> tuple[list[str], pd.DataFrame, list[dict[str, str]]]:
    """The raw bytes' header check, then pandas and the csv module as a user calls them."""
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8), data[:20]
    frame = pd.read_csv(path, keep_default_na=False)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    header = data.decode("utf-8-sig").splitlines()[0]
    return next(csv.reader([header])), frame, rows


def test_listings_redirected_to_a_file_open_in_excel(demo: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs.csv"
    _qualcode(demo, docs, "docs", "list", "--format", "csv")
    header, frame, rows = _read_back(docs)
    assert header[0] == "id" and list(frame.columns) == header == list(rows[0])
    assert "Åby" in set(frame["municipality"]) and "Åby" in {r["municipality"] for r in rows}
    agree = tmp_path / "agree.csv"
    _qualcode(demo, agree, "agree", "--bootstrap", "0", "--format", "csv")
    header, frame, rows = _read_back(agree)
    assert header[:2] == ["scope", "code"] and list(frame.columns) == header
    assert len(frame) == len(rows) > 0


def test_the_codings_export_opens_in_excel_and_stays_inert(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        doc = project.import_text("=HYPERLINK(x) Åby.txt", SV_TEXT, lang="sv")
        project.add_coding(doc.id, 30, 80, "mission_dialogue", "lena")
    out = tmp_path / "codings.csv"
    _qualcode(path, tmp_path / "said.txt", "export", "codings", "-o", str(out))
    header, frame, rows = _read_back(out)
    assert header[0] == "id" and list(frame.columns) == header == list(rows[0])
    assert frame["document_name"].tolist() == ["'=HYPERLINK(x) Åby.txt"]  # never a formula
    assert rows[0]["text"] == SV_TEXT[30:80]


def test_on_a_terminal_the_listing_has_no_mark(demo: Path) -> None:
    """A person reading the listing in a terminal gets text, not the bytes of a file."""
    leader, follower = pty.openpty()
    env = {**os.environ, "QUALCODE_CODER": "lena"}
    done = subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", str(demo), "docs", "list", "-f", "csv"],
        env=env,
        stdout=follower,
        stderr=subprocess.PIPE,
        check=False,
    )
    os.close(follower)
    seen = b""
    try:
        while chunk := os.read(leader, 65536):
            seen += chunk
    except OSError:  # the terminal's other end closed: all is read
        pass
    os.close(leader)
    assert done.returncode == 0, done.stderr.decode()
    assert seen.startswith(b"id,name,lang,words"), seen[:40]

"""A transcript's control characters never reach a CSV file as they are (hostile46).

A .txt may hold a few control characters (fewer than one in a hundred is no sign of
binary data, ``textbytes``), and a coded passage carried them into `export codings`'s
CSV whole: ``cat codings.csv`` then obeyed an ESC sequence (a retitled window, text
hidden, the clipboard written), where `code list --format csv` and every listing show
U+FFFD. The export's CSV, ``save_frame``'s and ``safe_frame``'s now show it too; the
workbook never held them (XML cannot).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from qualcode import Project
from qualcode.export.cells import CSV_ENCODING, csv_cell, safe_frame
from tests.conftest import team_project

LONG = "R: Vi pratade om arbetsmiljön och uppdraget i nämnden varje vecka. " * 30
PASSAGE = "Hon sa\x1b]0;owned\x07 att allt\x9b31m var rött."


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Project, Path]:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    source = tmp_path / "esc.txt"
    source.write_text(f"{LONG}\n{PASSAGE}\n", encoding="utf-8")
    made, _ = team_project(tmp_path / "p.db")
    made.act_as("lena")
    report = made.import_files([source], lang="sv", actor="lena")
    assert not report.failed, report.failed  # few enough controls to be a transcript
    doc = report.imported[0].id
    text = made.document(doc).text
    start = text.index("Hon sa")
    made.add_coding(doc, start, len(text), "mission", "karin")
    return made, tmp_path


def test_the_codings_csv_shows_controls_as_replacement(project: tuple[Project, Path]) -> None:
    made, folder = project
    made.export_codings(folder / "codings.csv")
    raw = (folder / "codings.csv").read_text(encoding=CSV_ENCODING)
    assert "\x1b" not in raw and "\x07" not in raw and "\x9b" not in raw
    with (folder / "codings.csv").open(encoding=CSV_ENCODING, newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    assert "Hon sa\ufffd]0;owned\ufffd att allt\ufffd31m var rött." in texts


def test_save_frame_csv_shows_controls_as_replacement(project: tuple[Project, Path]) -> None:
    made, folder = project
    codings = made.frames(layer="coder")["codings"]
    assert codings["text"].str.contains("\x1b").any()  # the frame keeps the text as stored
    made.save_frame(codings, folder / "frame.csv")
    raw = (folder / "frame.csv").read_text(encoding=CSV_ENCODING)
    assert "\x1b" not in raw and "owned\ufffd" in raw


@pytest.mark.parametrize("text", ["a\x1bb", "\x00", "x\x7f", "\x85y", "=\x1b"])
def test_each_cell_shows_them(text: str) -> None:
    shown = csv_cell(text)
    assert isinstance(shown, str) and "\ufffd" in shown
    frame = safe_frame(pd.DataFrame({"t": ["plain", text]}))
    assert frame["t"].tolist() == ["plain", shown]


@pytest.mark.parametrize("text", ["tab\there", "two\nlines", "cr\r\nlf"])
def test_tabs_and_line_ends_stay(text: str) -> None:
    assert csv_cell(text) == text

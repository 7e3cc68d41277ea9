"""A codings CSV keeps Word's breaks as line breaks and is read back whole (types47).

hostile46 showed every control character a terminal obeys as U+FFFD in a CSV cell. Word's
manual line break (\\v) and page break (\\f), which a .docx's text keeps, were among them,
so a passage across a page read 'kvartal.\\n\\ufffdPersonal'. They are written as the line
breaks they were. And a passage holding an ESC, shown as U+FFFD, was "not found" when the
sheet was read back as codings (``import_quotes_csv``): qualcode refused what it wrote.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.export.cells import CSV_ENCODING, csv_cell, safe_frame
from qualcode.model import Turn, Unit
from tests.conftest import store_document, team_project

TEXT = (
    "R: Vi pratade om uppdraget varje kvartal.\f"
    "Personal slutade\v och kom\x1b]0;x\x07 inte tillbaka.\n\n"
    "R: Sedan blev det bättre."
)


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("kvartal.\n\fPersonal", "kvartal.\n\nPersonal"),
        ("rad\vrad", "rad\nrad"),
        ("sida\f", "sida\n"),
        ("\f=1+1", "'\n=1+1"),  # a break before a formula: still guarded
        ("\v@SUM(A1)", "'\n@SUM(A1)"),
        ("a\vb\x1bc", "a\nb\ufffdc"),  # the controls a terminal obeys: still U+FFFD
    ],
)
def test_a_break_is_a_line_end_in_a_cell(given: str, written: str) -> None:
    assert csv_cell(given) == written
    assert safe_frame(pd.DataFrame({"t": ["plain", given]}))["t"].tolist() == ["plain", written]


@pytest.fixture
def coded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, _ = team_project(tmp_path / "p.db")
    made.act_as("lena")
    second = TEXT.index("R: Sedan")
    doc = store_document(
        made,
        "sida.docx",
        TEXT,
        [Turn(0, "R", 0, second - 2), Turn(1, "R", second, len(TEXT))],
        [Unit(0, 0, second - 2), Unit(1, second, len(TEXT))],
    )
    start = TEXT.index("uppdraget")
    made.add_coding(doc, start, TEXT.index(" tillbaka"), "mission", "karin")
    return made


def test_the_codings_csv_is_read_back_as_the_codings_it_holds(
    coded: Project, tmp_path: Path
) -> None:
    made = coded
    before = [(c.document_id, c.start, c.end, c.code, c.coder) for c in made.codings()]
    made.export_codings(tmp_path / "codings.csv")
    raw = (tmp_path / "codings.csv").read_text(encoding=CSV_ENCODING)
    assert not {"\x1b", "\x07", "\v", "\f"} & set(raw)
    with (tmp_path / "codings.csv").open(encoding=CSV_ENCODING, newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (
        row["text"] == "uppdraget varje kvartal.\nPersonal slutade\n och kom\ufffd]0;x\ufffd inte"
    )
    for coding in made.codings():
        made.remove_coding(coding.id, actor="karin")
    report = made.import_quotes_csv(tmp_path / "codings.csv")
    assert (report.codings, report.coders) == (1, ["karin"])
    assert [(c.document_id, c.start, c.end, c.code, c.coder) for c in made.codings()] == before


def test_a_replacement_character_matches_only_a_control(coded: Project, tmp_path: Path) -> None:
    """U+FFFD stands for one character the CSV could not show, not for any letter."""
    made = coded
    sheet = tmp_path / "quotes.csv"
    sheet.write_text(
        'document,code,text,coder\nsida.docx,mission,"Personal sl\ufffddde",karin\n',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="quote not found"):
        made.import_quotes_csv(sheet)
    assert len(made.codings()) == 1  # nothing written

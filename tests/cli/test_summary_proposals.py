"""A coder's proposed code stays out of the theme summary until a lead accepts it (eyes8):
the xlsx overview listed karin's proposal with zeros beside the codebook's codes, and a
summary of the coders' layer would have given it a theme section of its own."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import fails, run


def _study(path: Path) -> str:
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        doc = p.import_text("ip_01.txt", SV_TEXT, lang="sv").id
        p.add_coding(doc, 40, 120, "mission_dialogue", "karin")
        coding = p.act_as("karin", "karin").propose_code(doc, 130, 190, "Veckomöten", "karin")
        return next(c.key for c in p.codebook() if c.id == coding.code_id)


def _sheet_texts(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    cells = [
        str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
    ]
    return "\n".join(cells)


def test_an_unaccepted_proposal_is_in_no_summary_format(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    _study(path)
    xlsx, md = tmp_path / "summary.xlsx", tmp_path / "summary.md"
    for out in (xlsx, md):
        status, _, err = run(path, "export", "summary", "--layer", "coder", "-o", str(out))
        assert status == 0, err
    texts = _sheet_texts(xlsx) + md.read_text(encoding="utf-8")
    assert "mission_dialogue" in texts or "Uppdragsdialog" in texts
    assert "eckomöten" not in texts and "veckomoten" not in texts.lower()


def test_naming_a_proposal_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    key = _study(path)
    out = tmp_path / "summary.md"
    line = fails(path, "export", "summary", "--layer", "coder", "--codes", key, "-o", str(out))
    assert "no lead has accepted" in line and not out.exists()

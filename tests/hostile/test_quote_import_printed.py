"""A coder's own codings export, read back by `qualcode code import` with the printed
document names in its document column (words47).

The export names each document and prints each passage through the pseudonym key
('Kommun_C_01.txt', 'i Kommun C'); a sheet made from it by document name said "no
document 'Kommun_C_01.txt'". Through the real CLI, as a coder who is not the lead (her
export is pseudonymised whatever she asks): the sheet comes back onto the same words.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import qualcode
from tests.lead_and_coder_kit import lead_and_karin

TEXT = "Intervjuare: Hur?\nIP: Ärendemängden var för hög i Storfors, sa Storfors chef.\n"


def test_a_coders_printed_export_reads_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    p, doc = lead_and_karin(path, "Storfors_01.txt", TEXT)
    with p:
        p.set_pseudonym("Storfors", "Kommun C", "lena")
        p.act_as("karin")
        coding = p.add_coding(doc, 22, 58, "caseload", "karin")
    sheet = tmp_path / "codings.csv"
    done = qualcode(path, "export", "codings", str(sheet), coder="karin")
    assert done.status == 0, done.stderr
    with open(sheet, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "Storfors" not in sheet.read_text(encoding="utf-8-sig")
    back = tmp_path / "back.csv"
    with open(back, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["document", "code", "text"])
        writer.writerows([r["document_name"], r["code"], r["text"]] for r in rows)
    with Project.open(path) as p:
        p.remove_coding(coding.id, actor="karin")
    done = qualcode(path, "code", "import", str(back), coder="karin")
    assert done.status == 0, done.stderr
    with Project.open(path) as p:
        p.act_as("karin")
        assert [(c.start, c.end, c.code) for c in p.codings()] == [(22, 58, "caseload")]

"""A municipality's pseudonym in running text (eyes8): with Sundsvall on the key as
"Kommun A", "Sundsvalls kommun" printed "Kommun A:s kommun" in every export, "Timrå kommun"
"Kommun B kommun", an English council "Municipality C County Council" and a region "Region
Region A". The pseudonym names the body already: the word beside it goes, and a genitive
moves onto the pseudonym. A place the lead called "Ort D" keeps its "kommun"."""

from __future__ import annotations

import csv
from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook
from tests.hostile.export_kit import run

TEXT = (
    "Intervjuare: Var har du arbetat?\n"
    "Anneli: Först i Timrå kommun, sedan i Sundsvalls kommun. Sundsvalls kommuns budget är "
    "stram, och Region Västernorrland har sin egen. Jag har också varit i Gävle kommun och "
    "läst om Kingsmere County Council.\n"
)


def test_a_municipality_s_pseudonym_reads_as_one_name(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        doc = p.import_text("ip_01.txt", TEXT, lang="sv").id
        start = TEXT.index("Först")
        p.add_coding(doc, start, len(TEXT) - 1, "integration", "karin")
        lena = p.act_as("lena", "lena")
        for real, pseudo in (
            ("Sundsvall", "Kommun A"),
            ("Timrå", "Kommun B"),
            ("Kingsmere", "Municipality C"),
            ("Västernorrland", "Region A"),
            ("Gävle", "Ort D"),
        ):
            lena.set_pseudonym(real, pseudo, "lena", kind="place")
    out = tmp_path / "codings.csv"
    status, _, err = run(path, "export", "codings", "-o", str(out))
    assert status == 0, err
    with out.open(encoding="utf-8-sig", newline="") as f:
        (row,) = [r for r in csv.DictReader(f) if r["code"] == "integration"]
    assert row["text"] == (
        "Först i Kommun B, sedan i Kommun A. Kommun A:s budget är stram, och Region A har sin "
        "egen. Jag har också varit i Ort D kommun och läst om Municipality C."
    )

"""A translation sheet's stated size (red team, round 5): openpyxl pads every row to the
widest the sheet states, and every gap in the rows with empty ones, so a 5 KB .xlsx holding
one stray cell at row 300,000, column 2,000 took 64 s and 4.8 GB to read for `qualcode code
translations` (row 1,048,576, column XFD runs out of memory); the zip's limits pass, its XML
being small. A .csv whose header runs to millions of columns made every row that long. Rows
are now read only as wide as the columns the sheet's id, translation and language use.
Each case runs as its own process, held to the kit's bounds on memory and CPU time.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from tests.hostile.hostile_kit import CPU_SECONDS, PEAK_MB, lena_coded, qualcode


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, str]:
    with lena_coded(tmp_path / "p.db", (30, 80, "mission_dialogue")) as p:
        return p.path, p.codings()[0].id


def _translated(path: Path) -> list[str]:
    with Project.open(path) as p:
        p.act_as("lena")
        return list(p.translations().values())


def test_a_stray_cell_far_away_costs_nothing(project: tuple[Path, str], tmp_path: Path) -> None:
    path, coding = project
    book = openpyxl.Workbook()
    book.active.append(["id", "translation", "translation_language"])
    book.active.append([coding, "We talked about the mission", "en"])
    book.active.cell(row=300_000, column=2_000, value="stray")
    book.save(tmp_path / "sheet.xlsx")
    got = qualcode(path, "code", "translations", str(tmp_path / "sheet.xlsx"), coder="lena")
    assert got.status == 0, got.stderr[-2000:]
    assert got.peak_mb < PEAK_MB and got.cpu < CPU_SECONDS, (got.peak_mb, got.cpu)
    assert _translated(path) == ["We talked about the mission"]


def test_a_csv_header_of_millions_of_columns_costs_nothing(
    project: tuple[Path, str], tmp_path: Path
) -> None:
    path, coding = project
    sheet = tmp_path / "sheet.csv"
    rows = [f"{coding},We talked about the mission"] + ["," for _ in range(20_000)]
    sheet.write_text("id,translation" + "," * 4_000_000 + "\n" + "\n".join(rows) + "\n")
    got = qualcode(path, "code", "translations", str(sheet), coder="lena")
    assert got.status == 0, got.stderr[-2000:]
    assert got.peak_mb < PEAK_MB and got.cpu < CPU_SECONDS, (got.peak_mb, got.cpu)
    assert _translated(path) == ["We talked about the mission"]

"""The codings export says where in the recording each coded turn begins (column ``time``),
so a passage of a Teams or Zoom transcript can be heard again: the cue times were read at
import and kept with the turns, but no export, report or screen gave them back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project

# Invented for this test.
SRT = """1
00:00:03,000 --> 00:00:08,000
Speaker 1: Hur ser veckan ut för dig?

2
00:01:09,500 --> 00:01:20,000
Speaker 2: Mest möten och dokumentation, tyvärr.

3
01:02:03,000 --> 01:02:09,000
Speaker 1: Och på fredagar?
"""


def _rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig") as handle:
            return list(csv.DictReader(handle))
    values = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
    return [
        {str(h): "" if v is None else str(v) for h, v in zip(values[0], row, strict=True)}
        for row in values[1:]
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_each_coding_has_its_turns_time(project: Project, tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "teams.srt"
    source.write_text(SRT, encoding="utf-8")
    project.act_as("lena")
    project.import_files([source], lang="sv")
    text = project.document("teams.srt").text
    for words in ("Mest möten", "Och på fredagar"):
        at = text.index(words)
        project.add_coding("teams.srt", at, at + 10, "integration", "lena")
    project.add_coding("aby_01.txt", 0, 20, "integration", "lena")  # a .txt: no times
    rows = _rows(project.export_codings(tmp_path / f"c{suffix}"))
    times = {(r["document_name"], r["turn"]): r["time"] for r in rows}
    assert times == {("teams.srt", "2"): "0:01:09", ("teams.srt", "3"): "1:02:03"} | {
        ("aby_01.txt", r["turn"]): "" for r in rows if r["document_name"] == "aby_01.txt"
    }
    header = list(rows[0])
    assert header.index("time") == header.index("turn") + 1


def test_a_qdpx_round_trip_keeps_the_turns_times(project: Project, tmp_path: Path) -> None:
    """QDA-XML's plain text carries no cue times: read again, the turns came back untimed.
    qualcode's own member in the file keeps them."""
    source = tmp_path / "teams.srt"
    source.write_text(SRT, encoding="utf-8")
    project.act_as("lena")
    project.import_files([source], lang="sv")
    before = [(t.speaker, t.start_time, t.end_time) for t in project.turns("teams.srt")]
    qdpx = project.export_qdpx(tmp_path / "p.qdpx")
    with Project.create(tmp_path / "fresh.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
        after = [(t.speaker, t.start_time, t.end_time) for t in fresh.turns("teams.srt")]
    assert after == before and before[1][1:] == (69.5, 80.0)

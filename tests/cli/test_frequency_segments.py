"""What ``report frequencies`` counts: a coder's overlapping codings of one code in one
document are one segment (their union). A coder who dragged over 10-80 and again over 12-80
with the same code had one passage counted twice, and her double drag weighed as two
statements in the table a paper prints; two coders' codings of one passage still count
one each, and codings that only touch stay two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_kit import CODEBOOK, code_add, coder_summary, ok
from tests.conftest import SV_TEXT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    ok(path, "init")
    (tmp_path / "tiny.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "codebook", "load", str(tmp_path / "tiny.yaml"))
    for name, role in (("lena", "lead"), ("karin", "coder"), ("johan", "coder")):
        ok(path, "coder", "add", name, "--role", role)
    (tmp_path / "aby_01.txt").write_text(SV_TEXT, encoding="utf-8")
    ok(path, "import", str(tmp_path / "aby_01.txt"))
    return path


def _code(project: Path, coder: str, start: int, end: int, code: str = "mission") -> None:
    code_add(project, "aby_01", start, end, code, "--coder", coder)


def _counts(project: Path, *args: str) -> dict[str, tuple[int, int, int]]:
    out = ok(project, "--coder", "lena", "report", "frequencies", "-f", "json", *args)
    return {r["code"]: (r["segments"], r["words"], r["documents"]) for r in json.loads(out)}


def test_a_coders_overlapping_codings_of_one_code_count_as_one_segment(project: Path) -> None:
    _code(project, "karin", 10, 80)
    _code(project, "karin", 12, 80)  # the same passage dragged again
    _code(project, "karin", 60, 120)  # reaching on: the union is 10-120
    union = len(SV_TEXT[10:120].split())
    assert _counts(project) == {"mission": (1, union, 1)}
    assert _counts(project, "--layer", "coder:karin") == {"mission": (1, union, 1)}
    _code(project, "johan", 12, 80)  # a second coder's reading counts for itself
    assert _counts(project) == {"mission": (2, union + len(SV_TEXT[12:80].split()), 1)}
    crosstab = ok(project, "--coder", "lena", "report", "crosstab", "coder", "-f", "json")
    mission = json.loads(crosstab)[0]  # the crosstab counts as the frequencies do
    assert (mission["karin"], mission["johan"], mission["total"]) == (1, 1, 2)


def test_touching_codings_and_other_codes_stay_apart(project: Path) -> None:
    _code(project, "karin", 10, 40)
    _code(project, "karin", 40, 80)  # shares no character with 10-40
    _code(project, "karin", 20, 60, "caseload")  # another code over the same lines
    counts = _counts(project)
    assert counts["mission"][0] == 2 and counts["caseload"][0] == 1


def test_the_help_says_what_is_counted(project: Path) -> None:
    said = " ".join(ok(project, "report", "frequencies", "--help").split())
    assert "overlapping codings of one code in one document count as one" in said


def test_the_summary_counts_and_names_segments_as_the_report_does(project: Path) -> None:
    """The theme summary's count said '2 codings' for one dragged-again passage while its
    by-attribute rows (frequencies) said 1: both count segments now, named so in English
    and Swedish, in the text and in the spreadsheet's header."""
    import openpyxl

    _code(project, "karin", 10, 80)
    _code(project, "karin", 12, 80)
    words = len(SV_TEXT[10:80].split())
    folder = project.parent
    for lang, said in (
        ("en", f"1 coded segment from 1 of 1 participant, {words} coded words."),
        ("sv", f"1 kodat segment från 1 av 1 deltagare, {words} kodade ord."),
    ):
        out = folder / f"s_{lang}.md"
        ok(project, *coder_summary(out, "--lang", lang))
        assert said in " ".join(out.read_text(encoding="utf-8").split())
    ok(project, *coder_summary(folder / "s.xlsx", "--lang", "en"))
    themes = openpyxl.load_workbook(folder / "s.xlsx")["Themes"]
    header = [c.value for c in themes[1]]
    assert header[1] == "Segments" and themes.cell(2, 2).value == 1

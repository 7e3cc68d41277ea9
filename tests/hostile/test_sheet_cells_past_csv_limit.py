"""A sheet cell longer than Python's csv module reads by default (red team 41).

Python's csv refuses a cell past 131,072 characters ('field larger than field limit'),
while qualcode keeps a passage as long as its document's text and a translation or a
definition of up to 200,000 characters. A translator's codings sheet holding a policy
document coded whole, a quotes sheet quoting it, or a codebook sheet with a long
definition was refused as 'malformed CSV', so `code translations` could not read back
qualcode's own export. Each reads now; the limit grows to the sheet's own length, a
sheet already read whole under the file-size limit.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import small_codebook

# 2,400 lines of 67 characters: under the line limit, 160,000 characters in all
LINES = "".join(
    f"Vi pratade om uppdraget med nämnden, rad {i:04}, och det blev bättre.\n" for i in range(2400)
)


@pytest.fixture(autouse=True)
def default_limit() -> Iterator[None]:
    """Python's own limit for each case: another test may have raised it in this process."""
    before = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(before)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[Project, str]]:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.apply_codebook(small_codebook())
        doc = p.import_text("policy.txt", "R: " + LINES, lang="sv").id
        yield p, doc


def _written(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_long_translation_is_read_back(project: tuple[Project, str], tmp_path: Path) -> None:
    p, doc = project
    coding = p.add_coding(doc, 3, len(LINES) + 2, "mission_dialogue", "lena")
    english = "We talked about the mission. " * 5_000  # 145,000 characters
    sheet = _written(tmp_path / "sheet.csv", [["id", "translation"], [coding.id, english]])
    assert p.import_translations(sheet, "lena", "en").translated == 1
    assert p.translations()[(coding.id, "en")] == english.strip()


def test_the_codings_export_of_a_long_passage_reads_back(
    project: tuple[Project, str], tmp_path: Path
) -> None:
    p, doc = project
    p.add_coding(doc, 3, len(LINES) + 2, "mission_dialogue", "lena")
    p.export_codings(tmp_path / "codings.csv")
    report = p.import_translations(tmp_path / "codings.csv", "lena", "en")
    assert (report.translated, report.skipped) == (0, 1)  # read, its translation left empty


def test_a_long_quote_is_found(project: tuple[Project, str], tmp_path: Path) -> None:
    p, _ = project
    rows = [
        ["document", "code", "text", "coder"],
        ["policy.txt", "integration", LINES.strip(), "lena"],
    ]
    assert p.import_quotes_csv(_written(tmp_path / "quotes.csv", rows)).codings == 1


def test_a_long_definition_in_a_codebook_sheet_loads(
    project: tuple[Project, str], tmp_path: Path
) -> None:
    p, _ = project
    definition = "Hur uppdraget förmedlas. " * 6_000  # 150,000 characters
    sheet = _written(
        tmp_path / "kodbok.csv", [["key", "name", "definition"], ["lang", "Lång", definition]]
    )
    assert p.load_codebook(sheet, actor="lena", lang="sv").created == ["lang"]

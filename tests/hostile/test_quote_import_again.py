"""A quotes sheet imported again, or holding a row twice, adds what is new.

Taguette's highlights are exported again as coding goes on, and a researcher imports the
new sheet over the old: every row already coded made the store's one-coding rule refuse
the whole sheet with "this passage is already coded with this code by this coder",
naming no file and no line, and the new rows stayed out. A row already coded so is now
counted as such, and the rest come in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import qualcode, team_file


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    return team_file(tmp_path / "p.db")


def _sheet(tmp_path: Path, name: str, *quotes: str) -> Path:
    path = tmp_path / name
    rows = "".join(f"ip1,mission,{quote}\n" for quote in quotes)
    path.write_text("document,code,text\n" + rows, encoding="utf-8")
    return path


def _coded(project: Path) -> list[tuple[int, int]]:
    with Project.open(project) as p:
        p.act_as("karin")
        return sorted((c.start, c.end) for c in p.codings())


def test_the_sheet_again_with_a_new_row(project: Path, tmp_path: Path) -> None:
    first = _sheet(tmp_path, "first.csv", "Det blev bättre")
    done = qualcode(project, "code", "import", str(first), coder="karin")
    assert done.status == 0, done.stderr
    again = _sheet(tmp_path, "again.csv", "Det blev bättre", "pratade om uppdraget")
    done = qualcode(project, "code", "import", str(again), coder="karin")
    assert done.status == 0, done.stderr
    assert "again.csv: 1 codings (karin), 1 coded so already" in done.stderr
    assert len(_coded(project)) == 2


def test_a_row_twice_in_one_sheet_is_one_coding(project: Path, tmp_path: Path) -> None:
    with Project.open(project) as p:
        p.act_as("karin")
        report = p.import_quotes_csv(
            _sheet(tmp_path, "twice.csv", "Det blev bättre", "Det blev bättre"), "karin"
        )
        assert (report.codings, report.already) == (1, 1)
    assert len(_coded(project)) == 1

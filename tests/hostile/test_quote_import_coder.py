"""A quotes sheet's coder column is held to what `--coder` is held to (red team, round 2):
karin, who may not `code add --coder johan`, could write johan's codings by importing a
CSV whose coder column said johan, so that they counted as his in agreement. A coder
imports only their own rows, blind or not; a lead may import the team's."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.hostile_kit import counts, qualcode, refused_here, team_file


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    return team_file(tmp_path / "p.db")


def _sheet(tmp_path: Path, coder: str) -> Path:
    path = tmp_path / "quotes.csv"
    path.write_text(f"document,code,text,coder\nip1,mission,Det blev bättre,{coder}\n")
    return path


@pytest.mark.parametrize("blind", [True, False])
def test_a_coder_cannot_import_a_colleagues_codings(
    project: Path, tmp_path: Path, blind: bool
) -> None:
    if not blind:
        assert qualcode(project, "team", "unblind", coder="lena").status == 0
    line = refused_here(project, "code", "import", str(_sheet(tmp_path, "johan")), coder="karin")
    assert line.splitlines()[0] == (
        "error: quotes.csv: line 2: karin cannot import codings as johan "
        "(a coder acts only as themselves; a lead may act for the team)"
    )


def test_through_the_python_api_too(project: Path, tmp_path: Path) -> None:
    with Project.open(project) as opened:
        opened.act_as("karin", "karin")
        before = counts(project)
        with pytest.raises(QualcodeError, match="karin cannot import codings as johan"):
            opened.import_quotes_csv(_sheet(tmp_path, "johan"))
        assert counts(project) == before


def test_own_rows_and_a_leads_import_still_work(project: Path, tmp_path: Path) -> None:
    own = qualcode(project, "code", "import", str(_sheet(tmp_path, "karin")), coder="karin")
    assert own.status == 0, own.stderr
    team = qualcode(project, "code", "import", str(_sheet(tmp_path, "johan")), coder="lena")
    assert team.status == 0, team.stderr
    with Project.open(project) as opened:
        opened.act_as("lena", "lena")
        assert sorted(c.coder for c in opened.codings()) == ["johan", "karin"]


def test_a_column_named_twice_is_refused(project: Path, tmp_path: Path) -> None:
    """Two `document` columns: the CSV reader kept the second without a word."""
    sheet = tmp_path / "twice.csv"
    sheet.write_text("document,Document,code,text\nip1,nodoc,mission,Det blev bättre\n")
    line = refused_here(project, "code", "import", str(sheet), coder="lena")
    assert line.splitlines()[0] == "error: twice.csv: column 'document' appears twice; keep one"

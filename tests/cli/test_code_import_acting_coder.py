"""`qualcode --coder karin code import sheet.csv` with a sheet that has no coder column
(hostile48): the acting coder, named before the command as every command takes her, was
not the sheet's coder, and the import said "no coder (a coder column, or --coder=NAME)"
to a coder who had given --coder. The acting person is the sheet's coder when no other
is named, as with `code import --coder karin`. The rule is the service's: a notebook acting
as karin is the sheet's coder too (review48: the CLI alone passed who acts); with no one
acting, the API asks for the coder (tests/project/test_setting_errors.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook

ENV = {"QUALCODE_SEMANTIC": "off"}


def _karin_and_a_sheet(tmp_path: Path) -> Path:
    """A project with karin and one transcript, and beside it a sheet of one quote with
    no coder column; the sheet's path is returned (the project is ``p.db`` beside it)."""
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.import_text("aby_02.txt", SV_TEXT, lang="sv")
    sheet = tmp_path / "quotes.csv"
    sheet.write_text("document,code,text\naby_02,caseload,Ärendemängden var för hög\n", "utf-8")
    return sheet


def test_the_acting_coder_is_the_sheet_s_coder(tmp_path: Path) -> None:
    sheet = _karin_and_a_sheet(tmp_path)
    got = CliRunner().invoke(
        app,
        ["-p", str(tmp_path / "p.db"), "--coder", "karin", "code", "import", str(sheet)],
        env=ENV,
    )
    assert got.exit_code == 0, got.output
    assert "1 codings (karin)" in got.output
    with Project.open(tmp_path / "p.db") as p:
        assert [c.coder for c in p.codings()] == ["karin"]


def test_no_one_acting_and_no_coder_column_is_still_refused(tmp_path: Path) -> None:
    sheet = _karin_and_a_sheet(tmp_path)
    with Project.open(tmp_path / "p.db") as p:
        with pytest.raises(QualcodeError, match="line 2: no coder"):
            p.import_quotes_csv(sheet)
        assert p.codings() == []


def test_a_notebook_acting_as_a_coder_is_the_sheet_s_coder(tmp_path: Path) -> None:
    sheet = _karin_and_a_sheet(tmp_path)
    with Project.open(tmp_path / "p.db") as p:
        p.act_as("karin")
        assert p.import_quotes_csv(sheet).coders == ["karin"]
        assert [c.coder for c in p.codings()] == ["karin"]

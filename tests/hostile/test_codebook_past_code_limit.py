"""A spreadsheet far longer than any codebook is refused before a code is made (red team 43).

A careless lead loaded a survey's data sheet, a million rows, as a codebook: `qualcode
codebook load` read it for half a minute into 2 GB, wrote a million codes over six minutes
at 3 GB, and left a project whose every code list, picker and export held them, with no
way back but removing them one by one. A project holds at most ``MAX_CODES`` live codes;
a file or codebook past that is refused in one line and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError
from qualcode.model import MAX_CODES, Codebook, CodeSpec
from tests.conftest import small_codebook
from tests.hostile.hostile_kit import counts, lead_alone, refused


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return lead_alone(tmp_path / "p.db", codebook=True)


def test_a_sheet_of_more_rows_than_codes_is_refused_unread(project: Path) -> None:
    sheet = project.with_name("enkät.csv")
    rows = [f"r{i},Svar {i}" for i in range(MAX_CODES + 1)]
    sheet.write_text("key,name\n" + "\n".join(rows) + "\n", encoding="utf-8")
    said = refused(project, "codebook", "load", str(sheet), coder="lena")
    assert said.count("\n") == 1, said
    assert f"enkät.csv: {MAX_CODES + 1:,} rows under the header" in said
    assert counts(project)["codes"] == len(small_codebook().codes)


def test_a_codebook_that_would_pass_the_limit_is_refused_whole(project: Path) -> None:
    """Through the API (any file kind comes here): the project's own codes count, a code
    the codebook restates is no new one."""
    held = len(small_codebook().codes)
    fresh = [CodeSpec(key=f"c{i}", names={"en": f"C{i}"}) for i in range(MAX_CODES - held + 1)]
    with Project.open(project) as p:
        p.act_as("lena")
        with pytest.raises(CodebookError, match=f"more than the {MAX_CODES:,} a project holds"):
            p.apply_codebook(Codebook(name="enkät", codes=(*small_codebook().codes, *fresh)))
        assert len(p.codebook()) == held
        p.apply_codebook(Codebook(name="again", codes=small_codebook().codes))  # restated
        assert len(p.codebook()) == held

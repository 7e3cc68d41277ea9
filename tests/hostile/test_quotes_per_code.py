"""How many quotes per code is a count (red team, round 8).

``qualcode report quotes --per-code 0`` printed every quote of every code (0 was read as
no limit) and ``--per-code -5`` every quote but each code's shortest five (pandas' head of
a negative count), both without a word, where a careless user meant none or made a typo.
A count below 1, or one that is no whole number (from Python), is refused in one line.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.hostile_kit import refused_here


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.db"
    with Project.create(target) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        for start in (0, 40, 120, 200):
            p.add_coding(doc, start, start + 30, "mission_dialogue", "lena")
    return target


@pytest.mark.parametrize("count", ["0", "-1", "-5"])
def test_a_count_below_one_is_refused(path: Path, count: str) -> None:
    said = refused_here(path, "report", "quotes", "--per-code", count, coder="lena")
    assert "--per-code must be a whole number, 1 or more" in said


def test_the_api_refuses_what_is_no_count(path: Path) -> None:
    with Project.open(path) as p:
        for bad in (0, -5):
            with pytest.raises(ValidationError, match="1 or more"):
                p.report_quotes(per_code=bad)
        for bad in (2.5, True):  # refused at the door (api_doors.py, types47)
            with pytest.raises(ValidationError, match=r"^report_quotes: per_code must be a whole"):
                p.report_quotes(per_code=bad)
        assert len(p.report_quotes(per_code=np.int64(3))) == 3
        assert len(p.report_quotes(per_code=1)) == 1
        assert len(p.report_quotes()) == 4  # None: every quote

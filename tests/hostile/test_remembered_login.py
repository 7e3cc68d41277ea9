"""Who a login is remembered as (red team, round 6).

A login's choice of coder is kept in the project file, and counts as who that person is:
naming someone else is refused unless that someone is a lead. ``Project.remember_coder``
took any login and any coder, so karin, remembered as herself, remembered herself as
lena from Python and then acted as the lead with no name given; and she could have lena's
login remembered as karin, so that lena's next session wrote as karin. A login now
remembers only its own choice, and changes it only to who acts, or by a lead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook, team_project


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    monkeypatch.setenv("LOGNAME", "kdesk")
    target = tmp_path / "p.db"
    made, _ = team_project(target, small_codebook(), ("aby_02.txt", SV_TEXT))
    made.remember_coder("kdesk", "karin")
    made.remember_coder("ldesk", "lena")
    made.close()
    return target


def test_a_coder_cannot_remember_herself_as_the_lead(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("karin", "karin")
        with pytest.raises(QualcodeError, match="only lena"):
            p.remember_coder("kdesk", "lena")
        p.act_as(None, "karin")
        with pytest.raises(QualcodeError, match="only lena"):
            p.remember_coder("kdesk", "lena")
        assert p.remembered_coder("kdesk") == "karin"


def test_nor_choose_for_another_login(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("karin", "karin")
        with pytest.raises(QualcodeError, match="its own choice"):
            p.remember_coder("ldesk", "karin")
        assert p.remembered_coder("ldesk") == "lena"


def test_her_own_choice_and_a_leads_still_work(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("karin", "karin")
        p.remember_coder("kdesk", "karin")
        p.act_as("lena", "lena")
        p.remember_coder("kdesk", "johan")  # a lead at this desk
        assert p.remembered_coder("kdesk") == "johan"

"""A coder's accept-all threshold (the coding screen's `A`) is hers and kept in the project:
it went back to 0.80 in every document she opened, though she had lowered it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.project.access import BlindError
from tests.conftest import project_with

TEAM = (("lena", "lead"), ("karin", "coder"), ("johan", "coder"))


def test_each_coder_keeps_her_own_threshold_between_sessions(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with project_with(path, coders=TEAM) as project:
        assert project.accept_all_threshold("karin") == pytest.approx(0.8)
        assert project.set_accept_all_threshold("karin", 0.7000001) == pytest.approx(0.7)
    with Project.open(path) as again:
        assert again.accept_all_threshold("karin") == pytest.approx(0.7)
        assert again.accept_all_threshold("johan") == pytest.approx(0.8)  # his own, untouched


def test_a_threshold_outside_0_to_1_is_refused_and_nothing_kept(tmp_path: Path) -> None:
    with project_with(tmp_path / "t.db", coders=(("karin", "coder"),)) as project:
        for wrong in (-0.05, 1.05):
            with pytest.raises(ValidationError, match="between 0 and 1"):
                project.set_accept_all_threshold("karin", wrong)
        assert project.accept_all_threshold("karin") == pytest.approx(0.8)


def test_a_coder_sets_only_her_own(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    project_with(path, coders=TEAM).close()
    with Project.open(path).act_as("karin", "karin") as karin:
        karin.set_accept_all_threshold("karin", 0.65)
        with pytest.raises(BlindError):
            karin.set_accept_all_threshold("johan", 0.3)
    with Project.open(path) as check:
        assert check.accept_all_threshold("johan") == pytest.approx(0.8)
        assert check.accept_all_threshold("karin") == pytest.approx(0.65)

"""Snapshots of the audit screen (H) at 120x40 and 80x24, as the lead opens it on a team
project where karin and johan coded and lena decided a case with a rationale. The log's
times are set to fixed ones, so the picture does not change with the day it is taken."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from qualcode.tui.app import build_app
from tests.project.team_kit import agreed_and_decided
from tests.tui.conftest import settled

pytestmark = pytest.mark.slow  # each drives a whole Textual app (about 1 s of CPU)


@pytest.fixture
def fixed_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The conftest's ``decided`` project with its log's times fixed, one minute apart;
    named apart so that it does not hide that fixture."""
    minutes = itertools.count()
    with monkeypatch.context() as clock:
        clock.setattr(
            "qualcode.store.log.now", lambda: f"2026-11-03T09:{next(minutes):02d}:00+00:00"
        )
        path = tmp_path / "team.db"
        project, _ = agreed_and_decided(path)
        project.close()
    return path


async def _audit(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await settled(pilot, pilot.app, "H")


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_audit_screen(snap_compare, fixed_times: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(build_app(fixed_times, "lena", "en"), run_before=_audit, terminal_size=size)


def test_audit_screen_in_swedish(snap_compare, fixed_times: Path) -> None:  # type: ignore[no-untyped-def]
    """The Swedish trail: who, what, the verdict and the filters in Swedish."""
    assert snap_compare(
        build_app(fixed_times, "lena", "sv"), run_before=_audit, terminal_size=(120, 40)
    )

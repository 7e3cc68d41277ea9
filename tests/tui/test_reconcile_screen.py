"""The reconcile screen: a lead decides a case by keys; a coder cannot open it."""

from __future__ import annotations

import shutil
from pathlib import Path

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.reconcile import ReconcileScreen


async def test_lead_decides_a_case_with_a_rationale(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "lead.db"
    shutil.copy(demo_file, path)
    app = build_app(path, "lena", "en")
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ReconcileScreen)
        first = app.screen.views[0].case
        await pilot.press("u", *"both parts belong", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
    with Project.open(path) as project:
        decided = next(v for v in project.cases() if v.case.id == first.id)
        assert decided.verdict == "union" and decided.rationale == "both parts belong"
        assert project.codings(layer="consensus")


async def test_a_coder_cannot_open_reconcile(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "coder.db"
    shutil.copy(demo_file, path)
    app = build_app(path, "karin", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert not isinstance(app.screen, ReconcileScreen)

"""A dialog says a fault nobody expected in its worker, as a full screen does (audit41).

The two handlers (a worker's unexpected fault said; notes out of view while covered) were
written out once in ``QualcodeScreen`` and again in ``QualcodeModal``; since stop 42 both
take them from one class. The screens' side has its tests (test_worker_fault_said.py,
test_note_once_under_dialog.py); this one holds the dialogs' side, so a dialog that lost the
shared class would be seen: its worker's fault would end in silence again."""

from __future__ import annotations

from pathlib import Path

from textual import work

from qualcode.tui.app import build_app
from qualcode.tui.screens.base import QualcodeModal
from tests.tui.conftest import notifications, settle


class _Broken(QualcodeModal[None]):
    """A dialog whose worker stops on a bug's error, as a real dialog's could."""

    def on_mount(self) -> None:
        self._fails()

    @work(exit_on_error=False)
    async def _fails(self) -> None:
        raise KeyError("[b]theme[/b]")


async def test_a_dialogs_worker_fault_is_said(project_file: Path) -> None:
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.push_screen(_Broken())
        await settle(app, pilot)
        said = notifications(app)
        assert app.is_running  # the app stays open
    assert any(
        "Stopped by an unexpected error" in note and "KeyError" in note and "[b]theme[/b]" in note
        for note in said
    ), said

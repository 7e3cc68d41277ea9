"""The TUI on a project file damaged in the middle: the documents list meets the bad page
while it is drawn. That was Textual's crash dump (a screen-long traceback with source
listings); the app now stops and the one line the CLI gives is printed after it, exit 1
(red team 3)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from qualcode.store.checked import DamagedProjectError
from qualcode.tui.app import build_app
from tests.hostile.disk_kit import damaged_project


async def test_a_damaged_file_stops_the_tui_with_its_one_line(tmp_path: Path) -> None:
    path = damaged_project(tmp_path, "documents")
    app = build_app(path, "lena", "en")
    # it stops by itself while its first screen is drawn (a bound: never hang the suite)
    await asyncio.wait_for(app.run_async(headless=True, size=(120, 40)), timeout=120)
    assert isinstance(app.fatal, DamagedProjectError), app.fatal
    assert str(app.fatal).startswith(f"{path}: the project file is damaged")
    assert app.return_code == 1

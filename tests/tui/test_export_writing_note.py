"""The note "Writing …" stays while an export runs and goes when it is done. It went after
Textual's few seconds: a lead's summary of a project whose names took minutes to check
showed nothing at all after them, as though it had stopped, and when it came the stale
note stood over "Wrote" (eyes44)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import export_to, reports_screen, wrote

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


async def test_writing_is_said_until_the_file_is_written(demo: Path) -> None:
    target = demo.parent / "summary.md"
    async with reports_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        said = await export_to(app, pilot, "s", target)
        notes = list(app._notifications)
    assert target.is_file() and wrote(said, target), said
    assert not [n for n in notes if str(n.message).startswith("Writing")], said

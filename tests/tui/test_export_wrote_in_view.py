"""The note saying where an export went stays in view under the warnings before it. On the
demo at 80x24 a lead's summary put up two warnings (the municipalities and the names off
the pseudonym key), then "Wrote …/demo-summary.docx": Textual measured the notes' column
at a toast's full width, not the half screen it is capped to, so the column stood two
lines lower than it was tall and the last note, where the file went, slid under the
footer: "Wrote" showed, the file's name did not (eyes44)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer

from qualcode.tui.app import build_app
from qualcode.tui.toast_path import toast_room
from tests.tui.conftest import export_to, open_reports

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_file_written_is_above_the_footer(demo: Path, size: tuple[int, int]) -> None:
    from textual.widgets._toast import Toast

    target = demo.parent / "summary.md"
    app = build_app(demo, "lena", "en")
    async with app.run_test(size=size, notifications=True) as pilot:
        await open_reports(app, pilot)
        said = await export_to(app, pilot, "s", target)
        await pilot.pause()
        assert target.is_file() and len(said) >= 3, said  # two warnings, then the file
        toasts = list(app.screen.query(Toast))
        footer = app.screen.query_one(Footer)
        wrote = toasts[-1]
        assert "summary.md" in str(wrote._notification.message)
        assert wrote.region.bottom <= footer.region.y, (wrote.region, footer.region)
        assert all(t.region.width - 3 <= toast_room(size[0]) for t in toasts)
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())
    assert "summary.md" in shown, shown

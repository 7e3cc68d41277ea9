"""The lead's agreement tab in a team of three: who counted, and the methods paragraph in
the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


async def test_swedish_interface_gets_the_swedish_methods_paragraph(demo: Path) -> None:
    async with reports_screen(demo, "lena", "sv") as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        methods = str(screen.query_one("#methods", Static).render())
    with Project.open(demo) as project:
        report = project.agreement()
    assert methods.startswith("Räknat: 3 kodare (johan, karin, mira), 6 av 15 dokument")
    swedish = report.methods_paragraph("sv")
    assert swedish != report.methods_paragraph("en")
    assert " ".join(swedish.split())[:80] in " ".join(methods.split())

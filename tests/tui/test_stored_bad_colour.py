"""A code colour no face can draw, left in the store by an older version (loose end of stop
17). Colours are checked where a codebook enters now (tests/hostile/test_codebook_colours.py),
but a project made before that may hold '#zzzzzz' or 'red on blue'; rich cannot parse them
(ColorParseError) and the coding screen died drawing the first coding of such a code. Codes
read out of the store carry such a colour as none, so every face falls back to its palette.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rich.color import ColorParseError
from rich.style import Style

from qualcode import Project
from tests.tui.conftest import karins_coding_screen

BAD = {"mission_dialogue": "#zzzzzz", "integration": "red on blue", "caseload": "#123456\n"}


@pytest.fixture
def old(project_file: Path) -> Path:
    """The shared small project with a coding of each code, and the colours written straight
    into its SQLite as an old version stored them."""
    with Project.open(project_file) as project:
        doc = project.documents()[0]
        project.add_coding(doc.id, 0, 40, "mission_dialogue", "karin")
        project.add_coding(doc.id, 20, 60, "integration", "karin")
    with sqlite3.connect(project_file) as db:
        for key, colour in BAD.items():
            db.execute("UPDATE codes SET color = ? WHERE key = ?", (colour, key))
    return project_file


def test_the_stored_values_are_what_broke_the_screen() -> None:
    for colour in ("#zzzzzz", "red on blue"):
        with pytest.raises(ColorParseError):
            Style(bgcolor=colour)


def test_codes_read_from_the_store_carry_no_undrawable_colour(old: Path) -> None:
    with Project.open(old) as project:
        assert {c.key: c.color for c in project.codebook()} == dict.fromkeys(BAD)


@pytest.mark.slow
async def test_the_coding_screen_draws_such_codes(old: Path) -> None:
    async with karins_coding_screen(old, size=(120, 40)) as (pilot, app, screen):
        await pilot.pause()
        assert app.is_running
        assert set(screen.code_colors) == set(BAD)
        assert all(c.startswith("#") and len(c) == 7 for c in screen.code_colors.values())
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "Mis… Int…│" in shown  # the gutter labels both codings, each cut with …
        assert "Mission dialogue (1)" in shown and "Integration (1)" in shown


def test_summaries_and_exports_of_such_codes(old: Path, tmp_path: Path) -> None:
    with Project.open(old) as project:
        project.act_as("karin")
        page = project.export_summary(tmp_path / "s.html", layer="coder", lang="en")
        assert "Mission dialogue" in page.read_text(encoding="utf-8")
        project.export_summary(tmp_path / "s.docx", layer="coder", lang="en")
        project.export_qdpx(tmp_path / "p.qdpx")
    with Project.create(tmp_path / "again.db") as again:  # no bad colour travels on
        again.import_qdpx(tmp_path / "p.qdpx")
        assert {c.key: c.color for c in again.codebook()} == dict.fromkeys(BAD)

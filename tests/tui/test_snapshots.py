"""Snapshots of the main screens at 120x40 and 80x24 (pytest-textual-snapshot)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from qualcode import Project
from qualcode.tui.app import build_app
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import settled

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "snap.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text(
            "aby_01.txt",
            SV_TEXT,
            lang="sv",
            attributes={"municipality": "Åby", "role": "enhetschef"},
        )
        text = project.document(doc.id).text
        start = text.index("Arbetsmiljöproblemen")
        project.add_coding(
            doc.id, start, start + len("Arbetsmiljöproblemen var stora."), "integration", "karin"
        )
    return path


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_documents_screen(snap_compare, project_file: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(build_app(project_file, "karin", "en"), terminal_size=size)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_coding_screen(snap_compare, project_file: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(project_file, "karin", "sv"), press=["enter", "j", "j", "J"], terminal_size=size
    )


async def _reconcile_boundaries(pilot: Pilot[Any]) -> None:
    """The lead's reconcile screen narrowed to boundary cases, agreement line computed."""
    await pilot.pause()
    await pilot.press("R")
    await pilot.pause()
    await settled(pilot, pilot.app, "t", "t", "t", "down")


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_reconcile_screen(snap_compare, demo: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(demo, "lena", "en"), run_before=_reconcile_boundaries, terminal_size=size
    )

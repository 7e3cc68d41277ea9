"""The summary's pages are filled, not left a third empty where a chart moved on (eyes33).

A theme's one chart of every attribute (5.3 inches tall) went to the next page whole
wherever the definition above it left less room, and the page before it ended two thirds
down. Each attribute's bars are now a small picture above its own table. Checked on the
pages LibreOffice sets from the .docx, as a co-author opens it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from qualcode import Project
from tests.export.libreoffice_kit import needs_libreoffice

pytestmark = pytest.mark.slow  # the demo project, a summary with charts, LibreOffice

# a page's last ink below this share of its height: at most a short stretch left empty
# (the body ends at 0.91 of the page; before the change pages ended at 0.62-0.66 of a
# US letter page, the exports' paper then)
FILLED = 0.72


def _ends(pdf: Path) -> list[float]:
    """Where each page's lowest ink is, as a share of the page's height."""
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", "-gray", str(pdf), str(pdf.with_suffix(""))],
        check=True,
        timeout=120,
    )
    ends = []
    for page in sorted(pdf.parent.glob(f"{pdf.stem}-*.png")):
        image = Image.open(page).convert("L")
        width, height = image.size
        pixels = image.load()
        inked = [y for y in range(height) if any(pixels[x, y] < 200 for x in range(width))]
        ends.append(max(inked, default=0) / height)
    return ends


def test_a_panel_of_bars_stands_above_each_attribute_table(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        path = project.export_summary(tmp_path / "s.docx", layer="coder", lang="sv")
    document = docx.Document(str(path))
    pictures = document.inline_shapes
    tables = [t for t in document.tables if t.rows[0].cells[1].text == "Segment"]
    assert len(pictures) == len(tables) == 8  # four themes, by municipality and by role
    assert all(p.height.inches < 3.0 for p in pictures)


@needs_libreoffice
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm missing")
def test_no_page_but_the_last_is_left_a_third_empty(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        path = project.export_summary(tmp_path / "s.docx", layer="coder", lang="sv")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    ends = _ends(path.with_suffix(".pdf"))
    assert len(ends) > 5
    short = [(n + 1, round(end, 2)) for n, end in enumerate(ends[:-1]) if end < FILLED]
    assert not short, f"pages ending early (page, share of its height): {short}"

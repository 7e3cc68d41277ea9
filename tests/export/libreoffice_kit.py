"""A .docx as a co-author's LibreOffice sets it: converted to PDF and read back as text,
for the tests that check what the page shows (no theme word or date broken over lines)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE, PDFTOTEXT = shutil.which("soffice"), shutil.which("pdftotext")
needs_libreoffice = pytest.mark.skipif(
    not (SOFFICE and PDFTOTEXT), reason="LibreOffice or pdftotext missing"
)


def _has_calc() -> bool:
    """Calc is a package of its own (libreoffice-calc): with Writer alone, soffice converts
    a .docx but exits 0 on an .xlsx without writing its PDF."""
    if SOFFICE is None:
        return False
    program = Path(SOFFICE).resolve().parent
    return any(program.glob("libsclo.*"))


needs_calc = pytest.mark.skipif(not _has_calc(), reason="LibreOffice Calc missing")


def set_text(path: Path, layout: bool = False) -> str:
    """The text of ``path`` (a .docx) as LibreOffice lays it out on PDF pages; with
    ``layout``, columns of a table stay side by side on each line."""
    folder = str(path.parent)
    subprocess.run(
        [str(SOFFICE), "--headless", "--convert-to", "pdf", "--outdir", folder, str(path)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    pdf = path.with_suffix(".pdf")
    return subprocess.run(
        [str(PDFTOTEXT), *(["-layout"] if layout else []), str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout

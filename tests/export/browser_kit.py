"""A summary page as headless Chromium lays it out, for the tests that check what a
co-author's browser shows: a probe script written into a copy of the page leaves its
measurements in the DOM Chromium dumps, and a page printed to PDF (a co-author's print
from the browser) is read back as text with pdftotext. One place for the command lines,
so every such test runs the browser alike."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from qualcode import Project

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
# for the tests that print a page: without either tool there is no paper to read
needs_print = pytest.mark.skipif(
    CHROMIUM is None or PDFTOTEXT is None, reason="headless Chromium or pdftotext missing"
)


def probed_dom(page: Path, probe: str, width: int) -> str:
    """The DOM of ``page`` after ``probe`` (a ``<script>``) ran at the end of its body, in
    a window ``width`` pixels wide; the probed copy is written beside the page."""
    copy = page.with_name(f"probe_{page.name}")
    copy.write_text(page.read_text("utf-8").replace("</body>", probe + "</body>"), "utf-8")
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--window-size={width},1200",
            "--dump-dom",
            copy.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


def printed_text(page: Path) -> str:
    """The text of ``page`` as headless Chromium prints it to PDF (no header or footer,
    the PDF written beside the page), read back by pdftotext: what a co-author's paper
    holds, columns cut at the page's edge included; a form feed ends each page."""
    pdf = page.with_suffix(".pdf")
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    return subprocess.run(
        [str(PDFTOTEXT), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def decided_summary(
    folder: Path,
    name: str,
    sentences: Sequence[str],
    why: str,
    participants: Sequence[str] | None = None,
) -> Path:
    """The Swedish summary with its decisions' appendix, written in ``folder``, of one
    document ``name`` holding ``sentences`` as paragraphs: johan coded every sentence
    dialogue and karin every one but the second (economy), both marked it done, and lena
    accepted karin's reading of each case for ``why``. What the print tests of the
    appendix read, one set-up for them all."""
    text = "\n\n".join(sentences) + "\n"
    with Project.create(folder / "p.db") as project:
        project.add_coder("lena", role="lead")
        for coder in ("johan", "karin"):
            project.add_coder(coder)
        for key, code in (("dialogue", "Uppdragsdialog"), ("economy", "Långsiktig ekonomi")):
            project.add_code(key, {"sv": code})
        doc = project.import_text(name, text, lang="sv")
        for n, sentence in enumerate(sentences):
            start = text.index(sentence)
            karins = "economy" if n == 1 else "dialogue"
            project.add_coding(doc.id, start, start + len(sentence), "dialogue", "johan")
            project.add_coding(doc.id, start, start + len(sentence), karins, "karin")
        for coder in ("johan", "karin"):
            project.set_status(doc.id, coder, "done")
        cases = project.cases()
        assert cases, "no case to decide: the appendix would be empty"
        for case in cases:
            project.decide(case.case.id, "accept:karin", why, "lena", participants=participants)
        return project.export_summary(folder / "s.html", lang="sv", appendix=True)

"""The HTML summary printed from the browser (a co-author's PDF) keeps every column of the
decisions' appendix. A document's name with no space in it ("handlingsplan_arbetsmiljo_ifo")
could not break, the table grew past the paper, and its last column, the date each case
was decided, was cut at the page's edge (eyes22). On paper such a name breaks where it must.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from qualcode import Project

# slow: prints a whole html summary in headless Chromium
pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
NAME = "handlingsplan_for_arbetsmiljon_inom_individ_och_familjeomsorgen_2031.txt"
TEXT = (
    "Nämnden ska träffa handläggarna varje månad och tala om vad uppdraget kräver.\n\n"
    "Budgeten ska följa behoven i stället för förra årets ram under hela perioden.\n\n"
    "Nyanställda får en mentor och en mindre ärendemängd under det första halvåret.\n"
)


@pytest.mark.skipif(
    CHROMIUM is None or PDFTOTEXT is None, reason="headless Chromium or pdftotext missing"
)
def test_a_printed_appendix_keeps_its_date_column(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        for coder in ("johan", "karin"):
            project.add_coder(coder)
        for key, name in (("dialogue", "Uppdragsdialog"), ("economy", "Långsiktig ekonomi")):
            project.add_code(key, {"sv": name})
        doc = project.import_text(NAME, TEXT, lang="sv")
        for n, sentence in enumerate(TEXT.strip().split("\n\n")):
            start = TEXT.index(sentence)
            karins = "economy" if n == 1 else "dialogue"
            project.add_coding(doc.id, start, start + len(sentence), "dialogue", "johan")
            project.add_coding(doc.id, start, start + len(sentence), karins, "karin")
        for coder in ("johan", "karin"):
            project.set_status(doc.id, coder, "done")
        cases = project.cases()
        assert cases
        for case in cases:
            project.decide(case.case.id, "accept:karin", "Karins läsning följer kodboken.", "lena")
        page = project.export_summary(tmp_path / "s.html", lang="sv", appendix=True)
    pdf = tmp_path / "s.pdf"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    printed = subprocess.run(
        [str(PDFTOTEXT), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    dates = re.compile(r"\d{4}-\d{2}-\d{2}")  # the day each case was decided
    in_page = len(dates.findall(page.read_text("utf-8")))
    assert in_page >= 1
    assert len(dates.findall(printed)) == in_page, printed[-1500:]  # was 0: all cut off

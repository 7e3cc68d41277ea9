"""The HTML summary printed from the browser (a co-author's PDF) keeps every column of the
decisions' appendix. A document's name with no space in it ("handlingsplan_arbetsmiljo_ifo")
could not break, the table grew past the paper, and its last column, the date each case
was decided, was cut at the page's edge (eyes22). On paper such a name breaks where it must.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from tests.export.browser_kit import needs_print, printed_text

# slow: prints a whole html summary in headless Chromium
pytestmark = pytest.mark.slow

NAME = "handlingsplan_for_arbetsmiljon_inom_individ_och_familjeomsorgen_2031.txt"
TEXT = (
    "Nämnden ska träffa handläggarna varje månad och tala om vad uppdraget kräver.\n\n"
    "Budgeten ska följa behoven i stället för förra årets ram under hela perioden.\n\n"
    "Nyanställda får en mentor och en mindre ärendemängd under det första halvåret.\n"
)


@needs_print
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
    printed = printed_text(page)
    dates = re.compile(r"\d{4}-\d{2}-\d{2}")  # the day each case was decided
    in_page = len(dates.findall(page.read_text("utf-8")))
    assert in_page >= 1
    assert len(dates.findall(printed)) == in_page, printed[-1500:]  # was 0: all cut off

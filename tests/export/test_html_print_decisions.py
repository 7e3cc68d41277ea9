"""The HTML summary printed from the browser (a co-author's PDF) keeps every column of the
decisions' appendix. A document's name with no space in it ("handlingsplan_arbetsmiljo_ifo")
could not break, the table grew past the paper, and its last column, the date each case
was decided, was cut at the page's edge (eyes22). On paper such a name breaks where it must.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.export.browser_kit import decided_summary, needs_print, printed_text

# slow: prints a whole html summary in headless Chromium
pytestmark = pytest.mark.slow

NAME = "handlingsplan_for_arbetsmiljon_inom_individ_och_familjeomsorgen_2031.txt"
SENTENCES = (
    "Nämnden ska träffa handläggarna varje månad och tala om vad uppdraget kräver.",
    "Budgeten ska följa behoven i stället för förra årets ram under hela perioden.",
    "Nyanställda får en mentor och en mindre ärendemängd under det första halvåret.",
)


@needs_print
def test_a_printed_appendix_keeps_its_date_column(tmp_path: Path) -> None:
    page = decided_summary(tmp_path, NAME, SENTENCES, "Karins läsning följer kodboken.")
    printed = printed_text(page)
    dates = re.compile(r"\d{4}-\d{2}-\d{2}")  # the day each case was decided
    in_page = len(dates.findall(page.read_text("utf-8")))
    assert in_page >= 1
    assert len(dates.findall(printed)) == in_page, printed[-1500:]  # was 0: all cut off

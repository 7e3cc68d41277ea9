"""The decisions' appendix stands under its own heading in every format, as in the Word
file (render45). In the web page and the Markdown the table followed the reconciliation
paragraph headless; printed from the browser it went overleaf whole, eight columns of
passages and verdicts under no heading a co-author could name or place."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from docx import Document

from qualcode import Project
from tests.export.browser_kit import decided_summary

HEADING = "Bilaga: avstämningsbeslut"
SENTENCES = (
    "Nämnden ska träffa handläggarna varje månad och tala om vad uppdraget kräver.",
    "Budgeten ska följa behoven i stället för förra årets ram under hela perioden.",
    "Nyanställda får en mentor och en mindre ärendemängd under det första halvåret.",
)


class _Order(HTMLParser):
    """Each heading's text and each table's start, in the order the page holds them."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []
        self._heading = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self._heading = bool(re.fullmatch(r"h[1-6]", tag))
        if tag == "table":
            self.seen.append("<table>")
        elif self._heading:
            self.seen.append("")

    def handle_endtag(self, tag: str) -> None:
        self._heading = False if re.fullmatch(r"h[1-6]", tag) else self._heading

    def handle_data(self, data: str) -> None:
        if self._heading:
            self.seen[-1] += data


def test_every_format_heads_the_appendix(tmp_path: Path) -> None:
    page = decided_summary(tmp_path, "plan.txt", SENTENCES, "Karins läsning följer kodboken.")
    order = _Order()
    order.feed(page.read_text("utf-8"))
    assert HEADING in order.seen, order.seen
    assert order.seen[order.seen.index(HEADING) + 1] == "<table>"  # it heads the table
    with Project.open(tmp_path / "p.db") as project:
        project.act_as("lena")
        project.export_summary(tmp_path / "s.md", lang="sv", appendix=True)
        project.export_summary(tmp_path / "s.docx", lang="sv", appendix=True)
    lines = (tmp_path / "s.md").read_text("utf-8").splitlines()
    heading = lines.index(f"## {HEADING}")
    assert lines[heading + 2].startswith("| Dokument |"), lines[heading:]
    headings = [p.text for p in Document(str(tmp_path / "s.docx")).paragraphs]
    assert HEADING in headings

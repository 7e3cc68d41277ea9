"""A percentage keeps its sign on the figure's line. Swedish writes a space before '%'
("96,7 %"), and the demo's Swedish summary printed from Word's format ended a line of its
methods paragraph on "tillämpades i 4,5" and began the next with "% av beslutsparen"
(render40): the space between them is a no-break space in the .docx and the .html."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from qualcode import Project

# slow: renders whole summaries with charts from the demo
pytestmark = pytest.mark.slow

LOOSE = re.compile(r"\d %")  # a figure and its sign parted by a space a line may break at
BOUND = re.compile(r"\d\u00a0%")


class _Paragraphs(HTMLParser):
    """The text of every <p> of a page, entities decoded as a browser shows them."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self._open = True
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts[-1] += data


@pytest.fixture
def lead(demo_file: Path, tmp_path: Path) -> Project:
    shutil.copy(demo_file, tmp_path / "demo.db")
    with Project.open(tmp_path / "demo.db") as project:
        case = next(v.case for v in project.cases() if v.case.kind == "presence")
        project.decide(case.id, "reject", "ingen vändpunkt här", "lena")
        project.confirm_agreements("lena")
        yield project


def test_a_percentage_is_bound_to_its_figure(lead: Project, tmp_path: Path) -> None:
    word = docx.Document(str(lead.export_summary(tmp_path / "s.docx", lang="sv")))
    said = [p.text for p in word.paragraphs if "%" in p.text]
    assert any(BOUND.search(text) for text in said), said  # the methods paragraph's
    assert not [text for text in said if LOOSE.search(text)]
    page = _Paragraphs()
    page.feed(lead.export_summary(tmp_path / "s.html", lang="sv").read_text("utf-8"))
    said = [text for text in page.texts if "%" in text]
    assert any(BOUND.search(text) for text in said), said
    assert not [text for text in said if LOOSE.search(text)]

"""A Word export's heading goes to the next page with what it leads (render46).

The demo's Swedish theme summary, set by LibreOffice 7.4, ended a page on a theme's
"Representativa citat" with its quotes overleaf: each quote kept with its citation, a
chain LibreOffice does not pull a heading along with. A quote is now one paragraph, its
citation after a line break, and every paragraph keeps two lines on each page."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.export.docx_keeps_kit import loose_headings, page_foot_headings, widow_control
from tests.export.libreoffice_kit import needs_libreoffice

pytestmark = pytest.mark.slow  # the demo project, summaries with charts, LibreOffice


@pytest.fixture
def summaries(demo: Path, tmp_path: Path) -> dict[str, Path]:
    with Project.open(demo) as project:
        return {
            lang: project.export_summary(tmp_path / f"s_{lang}.docx", layer="coder", lang=lang)
            for lang in ("sv", "en")
        }


def test_every_heading_of_the_summary_keeps_with_what_it_leads(
    summaries: dict[str, Path],
) -> None:
    for path in summaries.values():
        assert loose_headings(path) == []
        assert widow_control(path)


def test_a_quote_and_its_citation_are_one_paragraph(summaries: dict[str, Path]) -> None:
    import docx

    quotes = [p for p in docx.Document(str(summaries["sv"])).paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 12  # three a theme
    assert all("\n— IP" in p.text for p in quotes), [p.text for p in quotes]
    assert all(not run.italic for p in quotes for run in p.runs if run.text.startswith("— "))


@needs_libreoffice
def test_no_page_of_the_summary_ends_on_a_heading(summaries: dict[str, Path]) -> None:
    for lang, path in summaries.items():
        assert page_foot_headings(path) == [], lang

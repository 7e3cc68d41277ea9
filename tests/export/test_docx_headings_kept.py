"""A Word export's heading goes to the next page with what it leads (render46).

The demo's Swedish theme summary, set by LibreOffice 7.4, ended a page on a theme's
"Representativa citat" with its quotes overleaf: each quote kept with its citation, a
chain LibreOffice does not pull a heading along with. A quote is now one paragraph, its
citation after a line break, and every paragraph keeps two lines on each page. The
sentence on reading a table and a theme's bars stand above the table, as in md and html,
kept with nothing, so no chain leads from a heading (minor47)."""

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


def _kind(element: object) -> str:
    """'table', 'heading', 'bars' (a picture), 'text' or 'empty' for a body element."""
    from docx.oxml.ns import qn

    if element.tag == qn("w:tbl"):  # type: ignore[attr-defined]
        return "table"
    if element.tag != qn("w:p"):  # type: ignore[attr-defined]
        return "other"
    style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")  # type: ignore[attr-defined]
    if style is not None and str(style.get(qn("w:val"))).startswith("Heading"):
        return "heading"
    if next(element.iter(qn("w:drawing")), None) is not None:  # type: ignore[attr-defined]
        return "bars"
    text = "".join(t.text or "" for t in element.iter(qn("w:t")))  # type: ignore[attr-defined]
    return "text" if text.strip() else "empty"


def test_the_sentence_on_a_table_and_its_bars_stand_above_it_as_in_md_and_html(
    summaries: dict[str, Path],
) -> None:
    """In Word they stood under the table (render46) where md and html have them above:
    a co-author comparing the files read two orders (minor47)."""
    import docx

    for lang, path in summaries.items():
        body = list(docx.Document(str(path)).element.body.iterchildren())
        kinds = [_kind(e) for e in body]
        sequence = " ".join(kinds)
        for n, kind in enumerate(kinds):
            if kind == "table":  # a table ends what its heading leads
                assert kinds[n + 1] in ("empty", "heading", "other"), (lang, n, kinds[n + 1])
            if kind == "bars":  # a theme's bars: under their heading, above their table
                assert kinds[n - 1 : n + 2] == ["heading", "bars", "table"], (lang, n)
        assert sequence.count("heading bars table") == 8  # two attributes of four themes
        # the material, the participants, the shares by municipality and by role
        assert sequence.count("heading text table") >= 4, sequence

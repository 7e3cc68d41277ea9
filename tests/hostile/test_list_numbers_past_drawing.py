"""A list numbered from a huge start is drawn as digits, not as letters or numerals.

The list readers (``docx_lists``, ``odt_lists``, ``html_lists``) draw an item's number in its
list's format. A 100-byte web page with ``<ol type="i" start="100000000000">`` built a
roman numeral of a hundred million 'm's one letter at a time and hung the import; with
``type="a" start="2000000000"`` the label was 77 million letters (half a gigabyte, 16 s).
A Word list may start anywhere too. Past 3999 such numbers are drawn as digits, as browsers
draw roman numerals (red team 39)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import PEAK_MB, qualcode

PAGE = (
    '<html><body><p>Planen.</p><ol type="{kind}" start="{start}">'
    "<li>Fler ska stanna.</li></ol></body></html>"
)


def _import(tmp_path: Path, source: Path) -> str:
    Project.create(tmp_path / "p.db").close()
    got = qualcode(tmp_path / "p.db", "import", str(source), "--lang", "sv", timeout=90)
    assert got.status == 0, got.stderr
    # The kernel's peak for a child counts the memory of the process it was forked from
    # (pytest, several hundred MB late in a whole run), so only the kit's bound holds.
    assert got.peak_mb < PEAK_MB, got.peak_mb
    with Project.open(tmp_path / "p.db") as project:
        return project.document(source.name).text


@pytest.mark.parametrize("kind", ["i", "a"])
def test_a_page_starting_its_list_past_drawing(tmp_path: Path, kind: str) -> None:
    page = tmp_path / "plan.html"
    page.write_text(PAGE.format(kind=kind, start=100_000_000_000), encoding="utf-8")
    assert "100000000000. Fler ska stanna." in _import(tmp_path, page)


def test_a_word_list_starting_past_drawing(tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Nämnden har mål.")
    document.add_paragraph("Fler ska stanna.", style="List Number")
    numbering = document.part.numbering_part.element
    for lvl in numbering.iter(qn("w:lvl")):
        for tag, value in (("numFmt", "upperRoman"), ("start", "100000000000")):
            found = lvl.find(qn(f"w:{tag}"))
            if found is not None:
                found.set(qn("w:val"), value)
    document.save(str(tmp_path / "plan.docx"))
    assert "100000000000. Fler ska stanna." in _import(tmp_path, tmp_path / "plan.docx")

"""A reconciliation agenda names a version's code once, on the line of the coders who
made it, and quotes its passages under it; only a version of several codes says which
code each quote is of. Every quote repeated its code: in the demo's agenda a boundary
case of two versions named its code five times, and a co-author read past the names to
find the quotes the meeting compares (render43)."""

from __future__ import annotations

import io

from docx import Document

from qualcode.export.docx_page import titled_document
from qualcode.reconcile.agenda import AgendaItem, AgendaVersion, build_docx, render_markdown

# my own words, a social worker's answer
LONG = "Vi har ett introduktionsprogram på ett halvår. Sen fick jag tre ärenden."
SHORT = "Vi har ett introduktionsprogram på ett halvår."
CODE = "Från individ- till systemperspektiv"
OTHER = "Från separering till integrering"


def _boundary() -> AgendaItem:
    versions = (
        AgendaVersion("johan", (CODE,), ((CODE, LONG),)),
        AgendaVersion("karin", (CODE,), ((CODE, SHORT),)),
    )
    return AgendaItem("c1", "intervju_01.txt", "boundary", (CODE,), "", LONG, "", versions)


def _two_codes() -> AgendaItem:
    versions = (
        AgendaVersion("johan", (CODE, OTHER), ((CODE, SHORT), (OTHER, LONG))),
        AgendaVersion("karin", (CODE,), ((CODE, SHORT),)),
    )
    return AgendaItem("c2", "intervju_01.txt", "code", (CODE, OTHER), "", LONG, "", versions)


WORDS = {
    "counted": "Räknat: {scope}",
    "none": "Inga öppna fall.",
    "case": "Fall",
    "nothing": "kodade inget här",
    "discussion": "Diskussion:",
    "earlier": "Tidigare beslut:",
    "quote_open": "”",
    "quote_close": "”",
    "kind_boundary": "gränser",
    "kind_code": "kod",
}


def test_a_boundary_case_names_its_code_on_the_heading_and_each_coders_line() -> None:
    out = io.BytesIO()
    build_docx(titled_document("Agenda", "sv"), "2 kodare", [_boundary()], WORDS).save(out)
    paragraphs = [p.text for p in Document(io.BytesIO(out.getvalue())).paragraphs]
    assert sum(CODE in p for p in paragraphs) == 3  # the heading, johan's, karin's
    assert f"”{SHORT}”" in paragraphs
    text = render_markdown("Agenda", "2 kodare", [_boundary()], WORDS)
    assert text.count(CODE) == 3
    assert f"  - ”{SHORT}”" in text.splitlines()


def test_a_version_of_several_codes_says_each_quotes_code() -> None:
    out = io.BytesIO()
    build_docx(titled_document("Agenda", "sv"), "2 kodare", [_two_codes()], WORDS).save(out)
    paragraphs = [p.text for p in Document(io.BytesIO(out.getvalue())).paragraphs]
    assert f"{CODE}: ”{SHORT}”" in paragraphs and f"{OTHER}: ”{LONG}”" in paragraphs
    assert f"”{SHORT}”" in paragraphs  # karin's one code: her quote alone
    text = render_markdown("Agenda", "2 kodare", [_two_codes()], WORDS).splitlines()
    assert f"  - {OTHER}: ”{LONG}”" in text and f"  - ”{SHORT}”" in text

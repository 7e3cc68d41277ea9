"""A Word reconciliation agenda keeps what leads a case's versions on their page: the
case's id, its passage in context, each coder's line over her quotes, and "Discussion:"
and "Earlier decisions:" over theirs. Converted to PDF, the demo's agenda of 69 open
cases ended 3 of its 32 pages on a case's "Fall ..." line, its passage overleaf, and 6 on
a coder's line, her quote overleaf; kept together, no page ends on a "Fall" line or a
line naming a code whose quote follows (render43)."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from qualcode.export.docx_page import titled_document
from qualcode.reconcile.agenda import AgendaItem, AgendaVersion, build_docx
from tests.export.docx_keeps_kit import loose_headings

# my own words, an interview's answer
PASSAGE = "Vi har ett introduktionsprogram på ett halvår. Sen fick jag tre ärenden."
SHORT = "Vi har ett introduktionsprogram på ett halvår."


def test_a_cases_leading_lines_keep_with_what_follows(tmp_path: Path) -> None:
    versions = (
        AgendaVersion("johan", ("systems",), (("systems", PASSAGE),)),
        AgendaVersion("karin", ("systems",), (("systems", SHORT),)),
        AgendaVersion("mira", (), ()),
    )
    item = AgendaItem(
        "c1",
        "intervju_01.txt",
        "boundary",
        ("systems",),
        "I: Hur var introduktionen?\nR: ",
        PASSAGE,
        "",
        versions,
        comments=(("karin", "2026-12-05 10:00", "Andra meningen är sammanhang."),),
        history=("2026-12-04 lena: union (reopened)",),
        cut_before=False,
        cut_after=False,
    )
    out = io.BytesIO()
    build_docx(titled_document("Agenda", "en"), "3 coders", [item]).save(out)
    path = tmp_path / "agenda.docx"
    path.write_bytes(out.getvalue())
    paragraphs = Document(str(path)).paragraphs
    kept = {p.text: bool(p.paragraph_format.keep_with_next) for p in paragraphs}
    heading = next(p for p in paragraphs if p.style.name == "Heading 1")
    assert heading.text.split("\n")[1] == "Case c1"
    quote = next(p.text for p in paragraphs if PASSAGE in p.text and "\n" in p.text)
    assert not kept[quote]
    for leading in ("johan: systems", "karin: systems"):
        assert kept[leading], leading
    assert kept["Discussion:"] and kept["Earlier decisions:"]
    assert not kept["mira: coded nothing here"]  # nothing of hers follows to keep it with
    assert loose_headings(path) == []

r"""Tracked deletions and hidden text in an .rtf (red team, round 7).

Word saves a deletion left unaccepted as text under ``\deleted`` and hidden text under
``\v``, and the RTF reader read every character: a respondent's name the transcriber
struck with track changes on came back inside the very sentence it was struck from, in
the stored text for good. The .docx and .odt readers leave deletions out; so does this
one now, and hidden text with them, scoped by groups and ``\plain`` as RTF scopes them.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.ingest.formats import read_rtf

RTF = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}"
    "\n"
    r"\pard I: Hur b\u246?rjade det?\par"
    "\n"
    r"\pard R: Det b\'f6rjade {\deleted\revauthdel1 Anna Svensson sa }med en dialog"
    r"{\v  dold anteckning} i n\'e4mnden\deleted  STRUKET\plain  om resurserna."
    r"{\*\atnauthor Lena}\par"
    "\n"
    r"\pard\deleted  HELT STRUKEN\deleted0 Sedan kom budgeten.\par}"
)


def test_deleted_and_hidden_text_stays_out(tmp_path: Path) -> None:
    text = read_rtf(tmp_path / "t.rtf", RTF)
    # each paragraph its own, a blank line between (as a .docx's): formats._paragraphs_apart
    assert [line for line in text.split("\n") if line][:3] == [
        "I: Hur började det?",
        "R: Det började med en dialog i nämnden om resurserna.",
        "Sedan kom budgeten.",
    ]


def test_the_import_keeps_none_of_it(tmp_path: Path) -> None:
    path = tmp_path / "t.rtf"
    path.write_text(RTF, encoding="ascii")
    with Project.create(tmp_path / "p.db") as p:
        (doc,) = p.import_files([path], lang="sv").imported
        stored = p.store.documents.get(doc.id).text
    for gone in ("Anna Svensson", "dold", "STRUKE"):
        assert gone not in stored
    assert "med en dialog i nämnden om resurserna" in stored

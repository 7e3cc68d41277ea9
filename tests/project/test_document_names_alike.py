"""A document is named alike in every export, whatever language the export is in.

A place's proposed pseudonym reads in each export's words ("Kommun C" in a Swedish one,
"Municipality C" in an English one), and a document named after its place took that too:
the codings sheet listed 'Kommun_C_01_socialsekreterare.txt' and the English memos export
the same interview as 'Municipality_C_01_socialsekreterare.txt', so a co-author could not
match a memo to its codings (eyes38, the demo's transcripts). A document's name now reads
in the project's words in every export; the place in running text still follows the
export's language."""

from __future__ import annotations

import csv
from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook

TEXT = "I: Hur är det i Åby?\nElin: Det är bra i Åby, vi har fått fler kollegor.\n"


def test_the_memos_export_names_the_document_as_the_codings_sheet(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        doc = project.import_text("aby_01.txt", TEXT, lang="sv", attributes={"municipality": "Åby"})
        start = TEXT.index("Det är bra")
        coding = project.add_coding(doc.id, start, start + 20, "integration", "lena")
        project.add_memo("coding", coding.id, "lena", "fler kollegor")
        project.apply_suggested_pseudonyms("lena", kinds=("speaker", "place"))
        project.export_codings(tmp_path / "codings.csv", viewer="lena")
        project.export_memos(tmp_path / "memos.md", "lena", lang="en")
        english = project.pseudonym_key(viewer="lena", lang="en")
    with open(tmp_path / "codings.csv", encoding="utf-8-sig") as rows:
        names = {row["document_name"] for row in csv.DictReader(rows)}
    memos = (tmp_path / "memos.md").read_text(encoding="utf-8").replace("\\_", "_")
    assert names == {"Kommun_A_01.txt"}
    assert "Kommun_A_01.txt" in memos and "Municipality_A_01.txt" not in memos
    # in running text an English export still says the place in its own words
    assert english.apply("Det är bra i Åby") == "Det är bra i Municipality A"

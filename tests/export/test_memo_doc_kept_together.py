"""A Word memos document keeps what leads a memo on the memo's page: the document's line
(municipality and role), the passage the memo was written on, and the byline. Only the
headings kept with the next paragraph, so a passage or a byline at a page's foot could
stand apart from the memo it introduces, the same break the codebook and the summary
had where a key or a table's sentence was left at a page's foot (render43). Kept with the
next, they still left the document's heading alone at a page's foot in LibreOffice, which
pulls a heading along with one kept paragraph, never a chain (render46): a memo is now one
paragraph, its passage, byline and text parted by line breaks, the document's line the
heading's second line, and a section's heading stands over a line counting its memos."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from qualcode import Project
from tests.export.docx_keeps_kit import loose_headings

# my own words, an interview's answer and a memo on it
TEXT = "I: Hur var introduktionen?\nR: Jag fick en mentor och färre ärenden första halvåret.\n"
ANSWER = "Jag fick en mentor och färre ärenden första halvåret."


def test_a_memo_is_one_paragraph_and_no_heading_leads_a_chain(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        doc = project.import_text("intervju_01.txt", TEXT, lang="sv")
        project.set_attributes(doc.id, {"municipality": "Åby", "role": "socialsekreterare"})
        start = TEXT.index(ANSWER)
        memo = "Strukturerad introduktion som skyddar den enskilde."
        project.add_memo("document", doc.id, "lena", memo, span=(start, start + len(ANSWER)))
        path = project.export_memos(tmp_path / "memos.docx", "lena", lang="sv")
    paragraphs = Document(str(path)).paragraphs
    memo_at = next(p for p in paragraphs if p.text.endswith(memo))
    passage, byline, text = memo_at.text.split("\n")
    assert passage == ANSWER and byline.startswith("lena, ") and text == memo
    assert memo_at.runs[0].italic  # the passage
    heading = next(p for p in paragraphs if p.text.startswith("intervju_01.txt"))
    assert heading.style.name == "Heading 2"
    assert heading.text.split("\n")[1] == "Åby · socialsekreterare"
    assert "1 memo" in [p.text for p in paragraphs]  # under "Om dokument och passager"
    assert loose_headings(path) == []

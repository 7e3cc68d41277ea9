"""A Word memos document keeps what leads a memo on the memo's page: the document's line
(municipality and role), the passage the memo was written on, and the byline. Only the
headings kept with the next paragraph, so a passage or a byline at a page's foot could
stand apart from the memo it introduces, the same break the codebook and the summary
had where a key or a table's sentence was left at a page's foot (render43)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from qualcode import Project

# my own words, an interview's answer and a memo on it
TEXT = "I: Hur var introduktionen?\nR: Jag fick en mentor och färre ärenden första halvåret.\n"
ANSWER = "Jag fick en mentor och färre ärenden första halvåret."


def test_a_memos_passage_and_byline_keep_with_the_memo(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        doc = project.import_text("intervju_01.txt", TEXT, lang="sv")
        project.set_attributes(doc.id, {"municipality": "Åby", "role": "socialsekreterare"})
        start = TEXT.index(ANSWER)
        memo = "Strukturerad introduktion som skyddar den enskilde."
        project.add_memo("document", doc.id, "lena", memo, span=(start, start + len(ANSWER)))
        path = project.export_memos(tmp_path / "memos.docx", "lena", lang="sv")
    paragraphs = Document(str(path)).paragraphs
    at = next(n for n, p in enumerate(paragraphs) if p.text == memo)
    leading = paragraphs[at - 3 : at]  # the document's line, the passage, the byline
    assert leading[1].text == ANSWER and leading[2].text.startswith("lena")
    assert all(p.paragraph_format.keep_with_next for p in leading), [p.text for p in leading]

"""The memos as a co-author reads them: one document (.md or .docx) grouped by what each
memo is about, the project, a code, a document and the passages in it, each memo with its
author, its date and the passage it was written on.

Memos are where the analysis is argued (reflexive thematic analysis keeps them as part of
the evidence), yet a co-author without qualcode could read them only inside the codings
sheet, one cell per coding, or in a .qdpx she has no tool for. The texts arrive already
through the pseudonym key; this module only lays them out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.export.cells import md_block, md_inline, page_text
from qualcode.export.docx_page import titled_document
from qualcode.export.labels import label


@dataclass(frozen=True, slots=True)
class Note:
    """One memo as printed: who wrote it and when, its text, and what it is about within
    its group (a passage quoted, and the code of a coding), both empty for a memo on the
    whole group."""

    author: str
    date: str
    text: str
    passage: str = ""
    code: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """A heading (the project, a code, a document) with a line about it (a document's
    municipality and role) and its memos in the order they are read."""

    heading: str
    about: str
    notes: tuple[Note, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """The memos of one kind of target: the project's, the codes', the documents'."""

    heading: str
    groups: tuple[Group, ...]


def _byline(note: Note, lang: str) -> str:
    said = label(lang, "memo_byline", author=note.author, date=note.date)
    return f"{said} · {note.code}" if note.code else said


def memos_markdown(title: str, intro: str, sections: Sequence[Section], lang: str) -> str:
    lines = [f"# {md_inline(title)}", "", md_inline(intro), ""]
    for section in sections:
        lines += [f"## {md_inline(section.heading)}", ""]
        for group in section.groups:
            if group.heading:  # the project's memos stand under the section's heading
                lines += [f"### {md_inline(group.heading)}", ""]
            if group.about:
                lines += [f"*{md_inline(group.about)}*", ""]
            for note in group.notes:
                if note.passage:  # a turn a line: a hard break ends every line but the last
                    block = md_block(note.passage)
                    lines += [f"> {line}\\" for line in block[:-1]] + [f"> {block[-1]}", ""]
                lines += [f"**{md_inline(_byline(note, lang))}**", ""]
                lines += [*md_block(note.text), ""]
    return "\n".join(lines)


def memos_docx(title: str, intro: str, sections: Sequence[Section], lang: str) -> bytes:
    from docx.shared import Inches, Pt

    x = page_text
    document = titled_document(title, lang)
    document.add_paragraph(x(intro))
    for section in sections:
        document.add_heading(x(section.heading), level=1)
        for group in section.groups:
            if group.heading:
                document.add_heading(x(group.heading), level=2)
            # a document's line, a passage and a byline go to the next page with the memo
            # they lead: a memo's passage at a page's foot read as the page's last quote
            if group.about:
                about = document.add_paragraph()
                about.paragraph_format.keep_with_next = True
                about.add_run(x(group.about)).italic = True
            for note in group.notes:
                if note.passage:
                    quoted = document.add_paragraph(x(note.passage), style="Quote")
                    quoted.paragraph_format.left_indent = Inches(0.4)
                    quoted.paragraph_format.keep_with_next = True
                said = document.add_paragraph()
                said.paragraph_format.keep_with_next = True
                byline = said.add_run(x(_byline(note, lang)))
                byline.bold = True
                byline.font.size = Pt(9)
                for paragraph in note.text.split("\n\n"):
                    document.add_paragraph(x(paragraph))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

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
        if _headed(section):
            lines += [_counted(section, lang), ""]
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
    """A heading is followed by one paragraph that keeps with nothing after it: a
    section's count of memos, or a memo whole, its passage, byline and first paragraph
    parted by line breaks, a document's municipality and role the second line of its
    heading. As paragraphs kept with the next (the line, the passage, the byline, then the
    memo), they went to the next page with the memo, but LibreOffice (7.4) pulls a heading
    along with one kept paragraph, never a chain, and left the heading alone at the page's
    foot wherever the memo's first lines did not fit (render46); the same for a section's
    heading kept with a document's."""
    from docx.shared import Pt

    x = page_text
    document = titled_document(title, lang)
    document.add_paragraph(x(intro))
    for section in sections:
        document.add_heading(x(section.heading), level=1)
        if _headed(section):
            document.add_paragraph(x(_counted(section, lang)))
        for group in section.groups:
            if group.heading:
                heading = document.add_heading(x(group.heading), level=2)
                if group.about:
                    heading.add_run().add_break()
                    about = heading.add_run(x(group.about))
                    about.bold, about.italic, about.font.size = False, True, Pt(10)
            elif group.about:
                document.add_paragraph().add_run(x(group.about)).italic = True
            for note in group.notes:
                first, *rest = note.text.split("\n\n")
                memo = document.add_paragraph()
                if note.passage:  # the words the memo was written on, a turn a line
                    memo.add_run(x(note.passage)).italic = True
                    memo.add_run().add_break()
                byline = memo.add_run(x(_byline(note, lang)))
                byline.bold, byline.font.size = True, Pt(9)
                memo.add_run().add_break()
                memo.add_run(x(first))
                for paragraph in rest:
                    document.add_paragraph(x(paragraph))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _headed(section: Section) -> bool:
    """Whether ``section`` holds groups under headings of their own (codes, documents)."""
    return any(group.heading for group in section.groups)


def _counted(section: Section, lang: str) -> str:
    """The line under a section's heading: how many memos it holds."""
    return label(lang, "memos_in_section", n=sum(len(g.notes) for g in section.groups))

"""A reconciliation agenda quotes a case in its context with each speaker's turn on a line
of its own, in Word and in Markdown. Flattened to one line, the demo's agenda ran the
interviewer's "Intervjuare: Mm." on after the bold passage, as if the interviewee had said
it, and a question and its answer read as one speaker's words (render43)."""

from __future__ import annotations

import io

from docx import Document

from qualcode.export.docx_page import titled_document
from qualcode.reconcile.agenda import AgendaItem, AgendaVersion, build_docx, render_markdown

# my own words, an interview's turns
BEFORE = "I: Vad hände då?\nIP1: "
PASSAGE = (
    "Chefen pratade med oss om vilka ärenden som kunde vänta.\n\nI: Och sen?\nIP1: Det blev bättre."
)
AFTER = "\nI: Mm.\nIP1: Ja, faktiskt."


def _item(before: str = BEFORE, passage: str = PASSAGE, after: str = AFTER) -> AgendaItem:
    version = AgendaVersion("karin", ("dialogue",), (("dialogue", passage),))
    return AgendaItem(
        "c1",
        "intervju_01.txt",
        "presence",
        ("dialogue",),
        before,
        passage,
        after,
        (version, AgendaVersion("johan", (), ())),
        cut_before=False,
        cut_after=False,
    )


def test_the_word_agenda_breaks_the_quote_at_each_turn() -> None:
    out = io.BytesIO()
    build_docx(titled_document("Agenda", "en"), "2 coders", [_item()]).save(out)
    quote = next(
        p for p in Document(io.BytesIO(out.getvalue())).paragraphs if "Vad hände" in p.text
    )
    assert quote.text.split("\n") == [
        "I: Vad hände då?",
        "IP1: Chefen pratade med oss om vilka ärenden som kunde vänta.",
        "I: Och sen?",
        "IP1: Det blev bättre.",
        "I: Mm.",
        "IP1: Ja, faktiskt.",
    ]
    bold = " ".join(r.text for r in quote.runs if r.bold)
    assert bold == " ".join(PASSAGE.split())


def test_the_markdown_agenda_breaks_the_quote_at_each_turn() -> None:
    lines = render_markdown("Agenda", "2 coders", [_item()]).splitlines()
    first = lines.index("> I: Vad hände då?\\")
    assert lines[first : first + 6] == [
        "> I: Vad hände då?\\",
        "> IP1: **Chefen pratade med oss om vilka ärenden som kunde vänta.**\\",
        "> **I: Och sen?**\\",
        "> **IP1: Det blev bättre.**\\",
        "> I: Mm.\\",
        "> IP1: Ja, faktiskt.",
    ]


def test_a_passage_that_took_its_line_break_keeps_it() -> None:
    """A coding that took its turn's line break (and the space before it): stripped with
    the passage, the break went, and "I: Mm." ran on after the bold words as IP1's."""
    item = _item(BEFORE[:-1] + " ", " " + PASSAGE + "\n", AFTER[1:])
    lines = render_markdown("Agenda", "2 coders", [item]).splitlines()
    first = lines.index("> I: Vad hände då?\\")
    assert lines[first + 3 : first + 6] == [
        "> **IP1: Det blev bättre.**\\",
        "> I: Mm.\\",
        "> IP1: Ja, faktiskt.",
    ]

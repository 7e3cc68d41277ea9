"""Markdown exports escape only what Markdown would read: an underscore inside a word
("Kommun_B_02_socialsekreterare.docx", "mission_dialogue") and an ampersand that begins
no entity ("HR & ekonomi") stay as typed, since CommonMark reads neither as markup. A
co-author reading the demo's memos and agenda as text found "Kommun\\_B\\_02" in every
heading and "shorter \\& the respondent" in a memo (render43). Rendered, every text reads
back as typed, markup and all."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from qualcode.export.cells import md_inline
from qualcode.reconcile.agenda import AgendaItem, AgendaVersion, render_markdown

TEXTS = [
    "Kommun_B_02_socialsekreterare.docx",
    "mission_dialogue",
    "HR & ekonomi, löner & villkor",
    "_kursiv_ och __fet__ och a__b och slut_",
    "*fet* [länk](http://x) <hurried> `kod` &amp; &#38; ~~bort~~ | rör",
    "å_ä och ö_1 och 2_3",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_renders_as_typed(text: str) -> None:
    rendered = MarkdownIt("commonmark").renderInline(md_inline(text))
    assert html.unescape(rendered) == text


def test_words_joined_by_underscores_and_a_lone_ampersand_stay_as_typed() -> None:
    assert md_inline("Kommun_B_02_socialsekreterare.docx") == "Kommun_B_02_socialsekreterare.docx"
    assert md_inline("HR & ekonomi") == "HR & ekonomi"
    assert md_inline("_kursiv_") == "\\_kursiv\\_"
    assert md_inline("&amp;") == "\\&amp;"


def test_the_agenda_heading_names_a_document_as_typed() -> None:
    version = AgendaVersion("karin", ("mission_dialogue",), (("mission_dialogue", "Ja."),))
    item = AgendaItem(
        "c1", "Kommun_C_01_socialsekreterare.txt", "presence", ("mission_dialogue",), "", "Ja.",
        "", (version,), cut_before=False, cut_after=False,
    )  # fmt: skip
    text = render_markdown("Agenda", "1 coder", [item])
    assert re.search(r"^## 1\. Kommun_C_01_socialsekreterare\.txt: mission_dialogue", text, re.M)
    rendered = MarkdownIt("gfm-like").render(text)
    assert "<em>" not in rendered and "Kommun_C_01_socialsekreterare.txt" in rendered

"""A quote in another language than its summary's is marked as such: in Word, its run
carries its language, so the spelling check reads an English answer as English in a
Swedish summary (and a translation's original in its own); on the web page, the quote
holds a lang attribute for screen readers and hyphenation. The demo's Swedish summary
quoted an English social worker untranslated, every word of it underlined in Word as
misspelt Swedish once the document was marked Swedish (render43)."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from qualcode import Project

# my own words, an English answer
ANSWER = "We changed how the work was organised, and people stopped going on sick leave."
TEXT = f"I: What changed?\nR: {ANSWER}\n"


def _summary(tmp_path: Path, suffix: str) -> Path:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("systems", {"sv": "Systemperspektiv", "en": "Systems perspective"})
        doc = project.import_text("interview_en.txt", TEXT, lang="en")
        start = TEXT.index(ANSWER)
        project.add_coding(doc.id, start, start + len(ANSWER), "systems", "lena")
        return project.export_summary(tmp_path / f"s{suffix}", layer="coder", lang="sv")


def test_an_english_quote_in_a_swedish_word_summary_is_spelt_as_english(tmp_path: Path) -> None:
    paragraphs = Document(str(_summary(tmp_path, ".docx"))).paragraphs
    quote = next(p for p in paragraphs if p.text.startswith(ANSWER))  # its citation after
    tag = quote.runs[0]._r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    assert quote.runs[0].text == ANSWER
    assert tag is not None and tag.get(qn("w:val")) == "en-US"


def test_an_english_quote_on_a_swedish_page_says_its_language(tmp_path: Path) -> None:
    page = _summary(tmp_path, ".html").read_text("utf-8")
    assert re.search(rf"<blockquote><span lang='en'>{re.escape(ANSWER)}</span>", page)

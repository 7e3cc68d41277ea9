"""Notes numbered in brackets after the text ("[1] År 2029."), as a Google Docs document
downloaded as a web page or a Markdown export writes them, were read as the last speaker's
words: the respondent 'said' the transcriber's note. They are now notes of nobody's, as a
.docx's "1 ..." notes are."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import find_turns
from tests.ingest.reading_kit import read_written, turn_texts

# Invented for this test, shaped as Google Docs writes a page.
PAGE = (
    '<html><head><style type="text/css">.c1{font-weight:700}</style></head><body>'
    '<p class="c2"><span>Intervju 3, Åby</span></p>'
    '<p class="c2"><span class="c1">I:</span><span>&nbsp;Hur började det?</span></p>'
    '<p class="c2"><span class="c1">R:</span><span>&nbsp;Med en omorganisation</span>'
    '<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span>. Sen blev det bättre.</span></p>'
    '<p class="c2"><span class="c1">I:</span><span>&nbsp;Hur då?</span></p>'
    '<p class="c2"><span class="c1">R:</span><span>&nbsp;Vi fick en mottagningsgrupp.</span></p>'
    '<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;År 2029.</span></p>'
    '<p><a href="#ftnt_ref2" id="ftnt2">[2]</a><span>&nbsp;Enligt nämndens protokoll.</span>'
    "</p></div></body></html>"
)


def test_a_google_docs_page_s_notes_are_nobody_s(tmp_path: Path) -> None:
    said = turn_texts(read_written(tmp_path / "intervju.html", PAGE))
    assert said[-3:] == [
        ("R", "Vi fick en mottagningsgrupp."),
        (None, "[1] År 2029."),
        (None, "[2] Enligt nämndens protokoll."),
    ]


def test_an_answer_ending_in_brackets_is_still_the_answer() -> None:
    text = "I: Hur var det?\n\nR: Bra.\n\n[skratt] Det var roligt."
    assert [t.speaker for t in find_turns(text)] == ["I", "R"]


def test_a_google_docs_page_s_note_marks_leave_its_sentences(tmp_path: Path) -> None:
    """Its mark glued to a word ('omorganisation[1].') reads as a .docx's does, without it;
    a reference cited with a space ('se [1]') stays."""
    page = PAGE.replace("Sen blev", "Se [2]. Sen blev")
    body, notes = read_written(tmp_path / "intervju.html", page).text.split("\n\n[1]", 1)
    assert "R: Med en omorganisation. Se [2]. Sen blev det bättre." in body
    assert "[1]" not in body and notes.startswith(" År 2029.")

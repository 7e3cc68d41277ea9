"""The agenda's context has an ellipsis only where it cuts into a sentence. Every case's
context began with "…" and ended with "…", so a context ending on a full stop read
"sämre.…" and one beginning with a sentence read as if words were left out (render40)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from qualcode import Project


def test_whole_sentences_have_no_ellipsis(trio: Project, tmp_path: Path) -> None:
    trio.write_agenda(tmp_path / "a.md", lang="sv")
    quotes = [
        line
        for line in (tmp_path / "a.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("> ")
    ]
    assert len(quotes) == 3
    assert not any("…" in line for line in quotes)
    trio.write_agenda(tmp_path / "a.docx", lang="sv")
    paragraphs = [p.text for p in Document(str(tmp_path / "a.docx")).paragraphs]
    assert not any(".…" in p or p.startswith("…") for p in paragraphs)


def test_a_window_inside_a_sentence_is_cut_on_that_side() -> None:
    from qualcode.reconcile.context import cut_sides

    text = "Det blev sämre. Sen kom hon tillbaka och allt var som förut igen"
    assert cut_sides(text, 0, 15) == (False, False)  # "Det blev sämre."
    assert cut_sides(text, 16, 30) == (False, True)  # "Sen kom hon ti…"
    assert cut_sides(text, 20, len(text)) == (True, False)  # "…kom hon … igen"
    assert cut_sides("Hon sa ”nej.” Sen gick hon.", 14, 27) == (False, False)
    assert cut_sides("rad ett\nrad två", 8, 15) == (False, False)
    # a context from the start of a turn leaves out its speaker's label, no words
    turn = "I: Hur var det?\n\nElin: Men här var det annorlunda. Sen"
    assert cut_sides(turn, turn.index("Men"), turn.index(" Sen")) == (False, False)
    timed = "[00:02:05] Lena: Kan du beskriva det"
    assert cut_sides(timed, timed.index("Kan"), len(timed)) == (False, False)
    said = "Min chef sa till oss: vi ska"
    assert cut_sides(said, said.index("vi"), len(said)) == (True, False)  # a colon inside

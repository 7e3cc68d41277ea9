"""A paragraph of one line becomes its turn without being cut into lines and sections
(speakers._paragraphs): the short cut must give the turns the long way gave."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from qualcode.ingest import find_turns
from qualcode.ingest.speakers import _add_paragraph, _paragraphs, _sections
from qualcode.model import Turn

# words, sentence ends, a colon (headings, labels), tabs and pipes (tables), rules,
# spaces of several kinds and line breaks (one wraps, two end a paragraph)
ALPHABET = "aB Sy.:?|\t-\n\n\n\xa0\u2028"


def the_long_way(text: str) -> tuple[Turn, ...]:
    """Every paragraph cut into its lines and sections, as before the short cut."""
    turns: list[Turn] = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        for start, body, heading in _sections(match.start(), match.group(0)):
            if heading:
                turns.append(Turn(len(turns), None, start, start + len(body)))
            else:
                _add_paragraph(turns, start, body)
    return tuple(turns)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
@example("Mm.\n\nJa.\n\n  Exakt  \n\n\xa0\n\nSyfte\nDet var så.")
@example("a | b | c\n\n|---|---|\n\nx\ty")
def test_one_line_paragraphs_get_the_turns_the_long_way_gave(text: str) -> None:
    assert _paragraphs(text) == the_long_way(text)


def test_a_file_of_one_word_paragraphs_is_one_turn_a_word() -> None:
    text = "Mm.\n\n Ja. \n\nNej.\n"
    turns = find_turns(text)
    assert [text[t.start : t.end] for t in turns] == ["Mm.", "Ja.", "Nej."]

"""A transcript holding a long run of marks without a space (red team 40).

spaCy's tokenizer searched a word's whole length for a suffix once for every suffix it
took off, so a run of '!', '?', '…' or ').' cost its length squared: a .txt whose answer
held 20,000 '!' took 26 s CPU to import, one of 90,000 (under the line limit) minutes, and
a file of such lines held the import (and the TUI's ``i``) for hours. The tokenizer now
looks for a suffix near the word's end (nlp/pipeline.py), and cuts the same tokens.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from qualcode.nlp.pipeline import SUFFIX_TAIL, get_pipeline, get_segmenter
from tests.hostile.hostile_kit import imported_in_bounds, small_team

RUNS = ["!", "?", "…", ").", "?!", "”!"]


@pytest.mark.slow
def test_a_transcript_of_long_runs_of_marks_is_imported_at_once(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    small_team(project)
    answers = [f"R: Ja {mark * (90_000 // len(mark))} sa hon." for mark in RUNS]
    source = tmp_path / "runs.txt"
    source.write_text("I: Hur var det?\n\n" + "\n\n".join(answers) + "\n", encoding="utf-8")
    text = imported_in_bounds(project, source)
    for answer in answers:
        assert answer[3:] in text


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("mark", ["!", ".", "…", ").", "?!", "'", "%", "”", "a!"])
def test_the_tokens_are_spacy_s(lang: str, mark: str) -> None:
    """Runs just under, at and past the tail, ending in words and marks of every kind: the
    tokens are those of spaCy's own tokenizer, searching the whole word."""
    plain = spacy.blank(lang)
    for length in (SUFFIX_TAIL - 1, SUFFIX_TAIL, SUFFIX_TAIL + 1, 3 * SUFFIX_TAIL):
        run = mark * (length // len(mark) + 1)
        for text in (f"Ja {run} slut.", f"{run}", f"(ord{run}", f"{run}ord.)", f"5{run}km."):
            expected = [(t.idx, t.text) for t in plain.make_doc(text)]
            for nlp in (get_segmenter(lang), get_pipeline(lang)):
                assert [(t.idx, t.text) for t in nlp.make_doc(text)] == expected, text

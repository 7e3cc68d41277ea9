"""A short sentence sharing no word with a code's field gets no score of its own for it.

"Det är skönt för att skriva." (it is nice for writing) was suggested as systems perspective
(0.41) to coder karin on the demo's aby_05 with the semantic tier off: "skriva" shares its
letters with "sjukskrivningar" (sick leave) in the code's definition and her coded passages,
and the rest of the sentence is function words (``nlp/field.py``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from qualcode import Project
from qualcode.nlp.field import code_fields, outside_field
from qualcode.nlp.normalise import lemma_table
from qualcode.nlp.scorers import Candidate

NICE = "Det är skönt för att skriva."


def test_the_demo_sentence_on_writing_is_no_systems_perspective(demo: Path) -> None:
    with Project.open(demo) as project:
        doc = project.store.documents.resolve("aby_05")
        made = project.suggest([doc], coder="karin", semantic=False)
        text = project.store.documents.texts([doc])[doc]
    said = {text[s.start : s.end].strip(): s.code for s in made}
    assert NICE not in said
    assert said  # the transcript's points are still suggested


def test_a_short_unit_is_read_against_each_codes_words() -> None:
    lemmas = {"sv": lemma_table("sv") or {}}
    passages = [
        ("Sjukskrivningar förklaras med hur arbetet är organiserat.", "sv", ("systems",)),
        ("Vi skriver utredningar snabbare med färre ärenden.", "sv", ("integration",)),
    ]
    fields = code_fields(["systems", "integration"], passages, {}, lemmas)
    units = [NICE, "Många sjukskrivningar i gruppen.", NICE + " " + "Och " * 6 + "så."]
    cands = [Candidate("d", 0, len(t), t, "sv") for t in units]
    short = np.array([True, True, False])
    out = outside_field(cands, short, np.zeros((3, 2)), ["systems", "integration"], fields, lemmas)
    # "skriva" is integration's word ("skriver"), never systems' ("sjukskrivningar")
    assert out.tolist() == [[True, False], [False, True], [False, False]]
    keyword = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]])  # its own keyword keeps it
    out = outside_field(cands, short, keyword, ["systems", "integration"], fields, lemmas)
    assert out[0].tolist() == [False, False]

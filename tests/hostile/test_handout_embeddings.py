"""A coder's copy holds the sentence embeddings of what it holds, no more.

``handout`` copied the whole embedding cache "derived from the texts alone": a copy of one
document set's interviews also carried a vector for every sentence of every other
interview, of documents the lead had taken out of the project (a participant who
withdrew) and of a colleague's proposed code's definition. Each vector is kept under the
SHA-1 of its sentence, so the coder handed one round could confirm any guessed sentence
('Jag heter Anna Lind.') of the interviews she was not given, and hold a numeric reading
of each of them (red team 17)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.semantic import MODEL_NAME, text_key
from qualcode.nlp.similarity import codebook_profile
from tests.hostile.conftest import LeadProject

HANDED = ["Vi pratar om uppdraget med nämnden.", "Arbetsmiljön blev bättre."]
OTHER = ["Jag heter Anna Lind och bor i Åby.", "Min chef slutade i våras."]
REMOVED = ["Jag vill inte vara med längre.", "Ta bort min intervju."]
PROPOSED = "Karins egen tanke om tystnad på arbetsplatsen"


def _keys(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {key for (key,) in conn.execute("SELECT key FROM text_embeddings")}
    finally:
        conn.close()


@pytest.fixture
def study(lead_study: LeadProject, tmp_path: Path) -> Path:
    """Three interviews, every sentence embedded (as the TUI's queue leaves a project), the
    first in the set 'round one', the third removed; karin proposed a code."""
    docs = {"ip1.txt": HANDED, "ip2.txt": OTHER, "ip3.txt": REMOVED}
    made, ids = lead_study("karin", "sara", documents=docs)
    handed, removed = ids["ip1.txt"], ids["ip3.txt"]
    with made as project:
        project.act_as("karin")
        unit = project.units(handed)[0]
        project.propose_code(handed, unit.start, unit.end, "Tystnad", "karin")
        project.act_as("lena")
        proposal = next(c for c in project.codebook() if c.key.endswith("__karin"))
        project.update_code(proposal.key, definitions={"sv": PROPOSED}, actor="lena")
        texts = [i.text for i in codebook_profile(project.codebook())]
        texts += HANDED + OTHER + REMOVED + [t for ts in BACKGROUND.values() for t in ts]
        vector = bytes(8)
        project.store.suggestions.save_embeddings(MODEL_NAME, {text_key(t): vector for t in texts})
        project.make_document_set("round one", "lena", [handed])
        project.remove_document(removed, "withdrew", actor="lena")
    return tmp_path / "study.db"


def test_a_sets_copy_holds_no_vector_of_the_other_interviews(study: Path) -> None:
    copy = study.with_name("sara.db")
    with Project.open(study) as project:
        project.act_as("lena")
        project.handout("sara", copy, doc_set="round one")
    kept = _keys(copy)
    assert {text_key(t) for t in HANDED} <= kept  # her interview need not be embedded again
    assert {text_key(t) for t in BACKGROUND["sv"]} <= kept
    for sentence in [*OTHER, *REMOVED, PROPOSED]:
        assert text_key(sentence) not in kept, sentence


def test_a_whole_copy_holds_no_vector_of_a_removed_interview(study: Path) -> None:
    copy = study.with_name("sara.db")
    with Project.open(study) as project:
        project.act_as("lena")
        project.handout("sara", copy)
    kept = _keys(copy)
    assert {text_key(t) for t in HANDED + OTHER} <= kept
    for sentence in [*REMOVED, PROPOSED]:
        assert text_key(sentence) not in kept, sentence

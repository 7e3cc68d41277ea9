"""Sick leave and the introduction of new staff are the systems perspective's words.

DOMAIN.md's second turning point goes from seeing problems, mistakes and *sick leave* as an
individual's failing to seeking their causes in the organisation, with structured
introduction and mentoring of new staff among the structures that protect individuals.
On the development sets, research prose on sick leave (a model of what drives it, at
which level of the organisation it can be changed) was coded systems perspective by the
annotators, passage after passage, but the Swedish lists named sick leave only as
*sjukskrivning*, so *sjukfrånvaro* gave no evidence at all (stop 26 had dropped it from
integration, where it misfired). Introduction of new social workers was missed when it
was said with the verb (*introducera*) or the role (*introduktörer*) rather than the noun
(stop 27, ``benchmarks/SUGGEST.md``). The sentences below are written for the test.
"""

from __future__ import annotations

import pytest

from qualcode.codebook import load_codebook
from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import lemma_table
from qualcode.nlp.scorers import Candidate
from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Suggester
from tests.conftest import ROOT

BOOK = ROOT / "codebooks" / "turning_points.yaml"

SENTENCES = [
    # sick leave read through the organisation: compound, definite and genitive forms
    "Förvaltningen kopplade sjukfrånvaron till hur ärendena fördelades i gruppen.",
    "Sjukfrånvarons orsaker söktes i ledningens beslut och inte hos den enskilde.",
    "Enheter med låg sjukfrånvaro hade tydliga rutiner för stöd i svåra beslut.",
    # introduction of new staff said with the verb, the role or the group
    "Kommunen anställde en erfaren kollega för att introducera alla som börjar.",
    "Två introduktörer följer varje ny handläggare under de första veckorna.",
    "De nya socialsekreterarna fick en egen kollega att fråga de första månaderna.",
]


def _lexicon() -> Lexicon:
    codes = load_codebook(BOOK).engine_codes()
    lemmas = {lang: t for lang in ("sv", "en") if (t := lemma_table(lang)) is not None}
    return Lexicon({c.key: c.keywords for c in codes}, lemmas)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sick_leave_and_introduction_name_the_systems_perspective(sentence: str) -> None:
    found = {h.keyword.code for h in _lexicon().hits(sentence, "sv") if h.keyword.lang == "sv"}
    assert "systems_perspective" in found, found


def test_sick_leave_names_no_integration() -> None:
    """The boundary: sick leave is no integration keyword (coders never put it there)."""
    lexicon = _lexicon()
    hits = lexicon.hits("Sjukfrånvaron steg under hösten.", "sv")
    assert {h.keyword.code for h in hits} == {"systems_perspective"}


@pytest.mark.slow
def test_a_paragraph_on_sick_leave_is_suggested_as_systems_perspective() -> None:
    """The engine as a coder meets it (core tier, zero-shot): a written paragraph on what
    drives sick leave in an organisation gets the systems perspective, and no other code."""
    codes = load_codebook(BOOK).engine_codes()
    keys = [c.key for c in codes]
    lemmas = {"sv": t} if (t := lemma_table("sv")) is not None else {}
    engine = Suggester(codes, [], lemmas=lemmas)
    text = "Studien sökte sjukfrånvarons orsaker på varje nivå i organisationen."
    probs, _ = engine.score([Candidate("d", 0, len(text), text, "sv", turn=0)])
    sp = keys.index("systems_perspective")
    assert probs[0, sp] >= DEFAULT_THRESHOLD, probs
    assert all(probs[0, j] < DEFAULT_THRESHOLD for j in range(len(keys)) if j != sp), probs


def test_integrations_exclusion_sends_sick_leave_to_systems_perspective_in_both_languages() -> None:
    """English *sickness absence* is an integration keyword while *sick leave* is the
    systems perspective's (SUGGEST.md, stop 27): the exclusion a coder reads under
    integration says where sick leave belongs, in English as in Swedish."""
    integration = next(c for c in load_codebook(BOOK).codes if c.key == "integration")
    sv, en = (" ".join(integration.exclusion[lang].split()) for lang in ("sv", "en"))
    assert "sjukfrånvaro och dess orsaker (systemperspektiv)" in sv
    assert "sick leave and its causes (systems perspective)" in en

"""Stress is the word of two turning points, and the keyword lists now say so.

The systems perspective's definition is about how "problems, mistakes, stress and sick
leave" are explained (the person's failing, or the organisation's); integration's says that
stress makes for worse assessments. Only integration listed a stress term (*stressad*,
*stressed*), and a keyword matches by its lemma's stem, so every Swedish *stress*,
*stressen*, *stressrelaterad* was integration's evidence and none the systems perspective's:
research prose asking what gives rise to stress in an organisation, or a sentence on the
stress of being scrutinised for one's decisions, lost the systems perspective to integration
on the keyword margin. Now the bare Swedish noun is a keyword of both codes (a term two codes
share weighs less for each), and the individual remedy, *stresshantering* / *stress
management* (a course for the worker where the work is what strains), names the systems
perspective's individual end. English keeps no bare *stress*: there it is also the verb
"to emphasise" ("the guidance stresses the need"). Stop 42, engine42, ``benchmarks/SUGGEST.md``.
The sentences are written for the test.
"""

from __future__ import annotations

import pytest

from qualcode.codebook import load_codebook
from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import lemma_table
from tests.conftest import ROOT

BOOK = ROOT / "codebooks" / "turning_points.yaml"
SP = "systems_perspective"


def _lexicon() -> Lexicon:
    codes = load_codebook(BOOK).engine_codes()
    lemmas = {lang: t for lang in ("sv", "en") if (t := lemma_table(lang)) is not None}
    return Lexicon({c.key: c.keywords for c in codes}, lemmas)


def _codes(text: str, lang: str) -> set[str]:
    """The codes whose keywords in ``lang`` itself a text names."""
    return {h.keyword.code for h in _lexicon().hits(text, lang) if h.keyword.lang == lang}


@pytest.mark.parametrize(
    "sentence",
    [
        "Stressen i gruppen förklarades länge med att var och en hade svårt att säga nej.",
        "Studien frågar vad i organisationen som ger upphov till stress bland handläggarna.",
        "Den stressrelaterade ohälsan följde med de nya arbetssätten.",
    ],
)
def test_swedish_stress_names_both_codes(sentence: str) -> None:
    assert {SP, "integration"} <= _codes(sentence, "sv")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Hon skickades på en kurs i stresshantering, som om det var hon som skulle lagas.", "sv"),
        ("Staff were sent on stress management courses while the caseloads stayed the same.", "en"),
    ],
)
def test_stress_management_names_the_systems_perspective(sentence: str, lang: str) -> None:
    assert SP in _codes(sentence, lang)


def test_the_english_verb_stress_names_no_systems_perspective() -> None:
    """The boundary: English *stress* is also "to emphasise", so it is no English keyword."""
    assert SP not in _codes("The guidance stresses the need for regular reviews.", "en")

"""The bundled codebook's systems perspective is also told in the registers its examples lack.

Its examples are mostly a social worker's own voice, some research findings and policy
statements; on the development sets the code went unfound where the same content was told as
a municipal news page on an induction post, a plan's mentor and protected first months, or a
thesis abstract on how managers and staff explain sick leave. Three further examples per
language in those registers (written for qualcode, no real text) widen the code's profile
when units are scored and, like mission dialogue's, are no row of the fit: dev ten rows
0.6391 -> 0.6437, held-out Swedish mean of eight 0.4254 -> 0.4296 (stop 43, engine43,
``benchmarks/SUGGEST.md``). The sentences in this test are written for it.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from qualcode.codebook import load_codebook
from qualcode.model import Code
from qualcode.nlp.suggest import Suggester
from tests.conftest import ROOT
from tests.nlp.engine_kit import candidates, fake_embed

BOOK = ROOT / "codebooks" / "turning_points.yaml"
SP = "systems_perspective"


def _codes() -> list[Code]:
    return load_codebook(BOOK).engine_codes()


def test_the_systems_perspective_has_further_examples_in_both_languages() -> None:
    code = next(c for c in _codes() if c.key == SP)
    assert {lang: len(texts) for lang, texts in code.further_examples.items()} == {
        "sv": 3,
        "en": 3,
    }
    # each is a register the code's examples lack, not one of them again
    for lang, texts in code.further_examples.items():
        assert not set(texts) & set(code.examples.get(lang, ()))


def test_the_profile_reads_them_as_the_codes_and_the_fit_never_does() -> None:
    codes = _codes()
    engine = Suggester(codes, [], embed=fake_embed([]))
    further = {(i.code, i.lang) for i in engine.items if i.kind == "further"}
    assert {(SP, "sv"), (SP, "en")} <= further
    # a unit saying one of them reads the systems perspective's further example
    text = next(c for c in codes if c.key == SP).further_examples["sv"][0]
    j = engine.codes.index(SP)
    assert engine.components(candidates([text])).features["char_best"][0, j] > 0.99
    # out of the fit: handed to integration instead, the same texts move no coefficient
    moved = [
        replace(
            c,
            further_examples=(
                {}
                if c.key == SP
                else dict(next(d for d in codes if d.key == SP).further_examples)
                if c.key == "integration"
                else c.further_examples
            ),
        )
        for c in codes
    ]
    other = Suggester(moved, [], embed=fake_embed([]))
    np.testing.assert_array_equal(engine.stacker.coef, other.stacker.coef)
    assert engine.stacker.intercept == other.stacker.intercept
    for lang, stacker in engine.stacker.langs.items():
        np.testing.assert_array_equal(stacker.coef, other.stacker.langs[lang].coef)

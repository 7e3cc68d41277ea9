"""A stacker per language (``learn.by_language``): one language's codebook examples no longer
set the other language's threshold alone, a language with few examples falls back to the
shared stacker, and a kept engine reads each unit with the same stacker as the fitted one."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qualcode.nlp.calibrate import design
from qualcode.nlp.learn import MIN_LANG_POSITIVES
from qualcode.nlp.state import StateError, from_state, to_state
from qualcode.nlp.suggest import Candidate, Suggester
from tests.nlp.engine_kit import turning_point_codes

# slow: fits the suggestion models on the whole codebook
pytestmark = pytest.mark.slow

# written for this test: one sentence a language about a turning point, and one of neither
# language the codebook is written in
SWEDISH = "Konsulterna kostar oss mer än fast anställda socialsekreterare skulle göra."
ENGLISH = "Agency staff cost the council far more than permanent social workers would."
GERMAN = "Die Leiharbeiter kosten die Gemeinde viel mehr als fest angestellte Sozialarbeiter."


def _units() -> list[Candidate]:
    out, pos = [], 0
    for text, lang in ((SWEDISH, "sv"), (ENGLISH, "en"), (GERMAN, "de")):
        out.append(Candidate("d", pos, pos + len(text), text, lang))
        pos += len(text) + 1
    return out


def _by_stacker(engine: Suggester, cands: list[Candidate], lang: str | None) -> np.ndarray:
    """Each unit's probabilities alone as ``lang``'s stacker reads them (None: the shared)."""
    comp = engine.components(cands)
    x = design(comp.features, engine.stacker.names)
    stacker = engine.stacker if lang is None else engine.stacker.langs[lang]
    return np.asarray(stacker.predict(x)).reshape(len(cands), len(engine.codes))


def test_each_language_of_the_codebook_has_its_own_stacker() -> None:
    """The bundled codebook has 144 Swedish and 108 English examples: enough for a stacker
    each, and each reads its own language's units (a unit of another language, the shared)."""
    engine = Suggester(turning_point_codes())
    assert set(engine.stacker.langs) == {"sv", "en"}
    sv, en = engine.stacker.langs["sv"], engine.stacker.langs["en"]
    assert not np.allclose(sv.coef, en.coef)
    assert not np.allclose(sv.coef, engine.stacker.coef)
    cands = _units()
    comp = engine.components(cands)
    x = design(comp.features, engine.stacker.names)
    langs = np.repeat(np.array([c.lang for c in cands]), len(engine.codes))
    probs = engine.stacker.predict(x, langs).reshape(len(cands), len(engine.codes))
    np.testing.assert_allclose(probs[0], _by_stacker(engine, cands, "sv")[0])
    np.testing.assert_allclose(probs[1], _by_stacker(engine, cands, "en")[1])
    np.testing.assert_allclose(probs[2], _by_stacker(engine, cands, None)[2])
    assert not np.allclose(probs[1], _by_stacker(engine, cands, "sv")[1])


def test_a_language_with_few_examples_is_read_by_the_shared_stacker() -> None:
    """A pilot's codebook with two English examples a code (8 positive rows, under
    MIN_LANG_POSITIVES) fits no English stacker of its own: its English units are read by
    the shared one, which learns from the Swedish rows as well."""
    codes = [
        replace(c, examples={**c.examples, "en": c.examples["en"][:2]})
        for c in turning_point_codes()
    ]
    assert 2 * len(codes) < MIN_LANG_POSITIVES
    engine = Suggester(codes)
    assert set(engine.stacker.langs) == {"sv"}
    cands = _units()
    x = design(engine.components(cands).features, engine.stacker.names)
    langs = np.repeat(np.array([c.lang for c in cands]), len(engine.codes))
    probs = engine.stacker.predict(x, langs).reshape(len(cands), len(engine.codes))
    np.testing.assert_allclose(probs[1], _by_stacker(engine, cands, None)[1])


def test_a_kept_engine_reads_each_language_with_its_own_stacker() -> None:
    """Kept and read back, the per-language stackers are the fitted ones; a damaged list of
    them costs a refit (StateError), never a wrong reading."""
    engine = Suggester(turning_point_codes())
    meta, arrays = to_state(engine)
    back = from_state(meta, arrays, turning_point_codes())
    assert set(back.stacker.langs) == {"sv", "en"}
    for lang, own in engine.stacker.langs.items():
        np.testing.assert_allclose(back.stacker.langs[lang].coef, own.coef)
        assert back.stacker.langs[lang].intercept == own.intercept
    cands = _units()
    np.testing.assert_allclose(back.score(cands)[0], engine.score(cands)[0], atol=1e-6)
    for damaged in ([["sv"]], [["sv", float("nan")], ["en", 1.0]], "sv", [[3, 1.0], ["en", 1.0]]):
        with pytest.raises(StateError):
            from_state({**meta, "stacker_langs": damaged}, arrays, turning_point_codes())
    short = {**arrays, "stacker_lang_coef": arrays["stacker_lang_coef"][:1]}
    with pytest.raises(StateError):
        from_state(meta, short, turning_point_codes())

"""The bundled codebook's keywords in the sense their code means, not in another.

A keyword audit over the development sets (benchmarks/SUGGEST.md, "Stop 26, suggest16")
found terms that matched far more talk of no code, or of another code, than of their own,
in several sets: *ledningen* as a compound head matched *handledning* (supervision) and
*styrning och ledning* (leadership in general) for mission dialogue; *mötas* matched
*möta behoven* (to meet needs); *sjukfrånvaro* fired integration where coders saw a systems
perspective; *miljoner* and *millions* named long-term economics for any sum of money.
The sentences here are written for the test.
"""

from __future__ import annotations

from qualcode.codebook import load_codebook
from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import lemma_table
from tests.conftest import ROOT


def _lexicon() -> Lexicon:
    codes = load_codebook(ROOT / "codebooks" / "turning_points.yaml").engine_codes()
    lemmas = {lang: t for lang in ("sv", "en") if (t := lemma_table(lang)) is not None}
    return Lexicon({c.key: c.keywords for c in codes}, lemmas)


def _codes_hit(lexicon: Lexicon, text: str, lang: str = "sv") -> set[str]:
    return {h.keyword.code for h in lexicon.hits(text, lang) if h.keyword.lang == lang}


def test_a_word_in_another_sense_does_not_name_the_code() -> None:
    lexicon = _lexicon()
    # supervision and leadership in general are no dialogue over the mission
    assert "mission_dialogue" not in _codes_hit(
        lexicon, "De nyanställda fick handledning varannan vecka."
    )
    assert "mission_dialogue" not in _codes_hit(
        lexicon, "Rapporten handlar om styrning och ledning i offentlig sektor."
    )
    # to meet needs is no meeting
    assert "mission_dialogue" not in _codes_hit(
        lexicon, "Vi vill möta behoven hos familjerna tidigt."
    )
    # sick leave alone is no integration of the new staff
    assert "integration" not in _codes_hit(lexicon, "Hur ser sjukfrånvaron ut i gruppen just nu?")
    # a sum of money alone weighs no costs over time
    assert "long_term_economics" not in _codes_hit(
        lexicon, "The council spent millions on the new library.", "en"
    )
    assert "long_term_economics" not in _codes_hit(
        lexicon, "Regeringen ger tio miljoner till idrottsföreningar."
    )


def test_the_codes_own_terms_still_match() -> None:
    lexicon = _lexicon()
    assert "mission_dialogue" in _codes_hit(
        lexicon, "Förvaltningsledningen lyssnade på oss och politikerna kom ut på besök."
    )
    assert "mission_dialogue" in _codes_hit(
        lexicon, "Den politiska ledningen visste inte vad vi gjorde."
    )
    assert "long_term_economics" in _codes_hit(
        lexicon, "En placering på HVB kostar mer än två socialsekreterare."
    )

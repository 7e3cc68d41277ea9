"""Research news on governance and the work environment names integration by the code's own
join (the work environment together with the service's quality or its governance) and mission
dialogue by the levels above the staff ("de högre cheferna"). The bundled codebook had terms
for neither, so such sentences carried no keyword and their semantic reading was as near to
every code (engine50b, benchmarks/SUGGEST.md "Stop 50, engine50b"). The work environment
alone stays no term of integration: the code's exclusion (the work environment as such)."""

from __future__ import annotations

import pytest

from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import lemma_table
from tests.nlp.engine_kit import turning_point_codes


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    codes = turning_point_codes()
    lemmas = {lang: table for lang in ("sv", "en") if (table := lemma_table(lang)) is not None}
    return Lexicon({c.key: c.keywords for c in codes}, lemmas)


def _terms(lexicon: Lexicon, text: str, lang: str) -> dict[str, list[str]]:
    return {code: found[1] for code, found in lexicon.scores(text, lang).items()}


# written here from the codebook's definitions, one theme each
JOINED_SV = "Studien visar hur kommunen kan förbättra både verksamheten och arbetsmiljön."
ONE_QUESTION_SV = "Förvaltningen vill se arbetsmiljö och kvalitet som en fråga."
JOINED_EN = "The council now treats the work environment and quality as one question."
LEVELS_SV = "Socialsekreterarna får sällan träffa de högre cheferna."
LEVELS_EN = "Staff on the front line rarely meet higher management."
AS_SUCH_SV = "Arbetsmiljön på kontoret blev bättre efter flytten."
AS_SUCH_EN = "The work environment in the new office is pleasant."


@pytest.mark.parametrize(
    ("text", "lang"), [(JOINED_SV, "sv"), (ONE_QUESTION_SV, "sv"), (JOINED_EN, "en")]
)
def test_the_work_environment_joined_to_quality_is_an_integration_term(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    assert "integration" in _terms(lexicon, text, lang)


@pytest.mark.parametrize(("text", "lang"), [(LEVELS_SV, "sv"), (LEVELS_EN, "en")])
def test_the_higher_managers_are_a_mission_dialogue_term(
    lexicon: Lexicon, text: str, lang: str
) -> None:
    assert list(_terms(lexicon, text, lang)) == ["mission_dialogue"]


@pytest.mark.parametrize(("text", "lang"), [(AS_SUCH_SV, "sv"), (AS_SUCH_EN, "en")])
def test_the_work_environment_alone_is_no_term(lexicon: Lexicon, text: str, lang: str) -> None:
    assert _terms(lexicon, text, lang) == {}

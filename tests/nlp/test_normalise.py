"""The light Swedish and English normaliser: stems, suffixed articles, plurals, compounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import (
    keyword_forms,
    lemma_table,
    stem,
    stop_words,
    word_keys,
    words,
)
from qualcode.nlp.word_parts import compound_match, plausible_modifier


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("arbetsmiljön", "arbetsmiljö"),  # definite singular -n
        ("uppdraget", "uppdrag"),  # definite singular -et
        ("placeringarna", "placering"),  # definite plural -arna
        ("kostnaderna", "kostnad"),  # definite plural -erna
        ("kostnader", "kostnad"),  # plural -er
        ("rutinerna", "rutin"),
        ("mentorer", "mentor"),
        ("politikernas", "politik"),  # genitive plural
        ("pratade", "prat"),  # past tense -ade
        ("HVB", "hvb"),  # short words are left whole
        ("ny", "ny"),
    ],
)
def test_swedish_stems_strip_suffixed_articles_and_plural_endings(word: str, expected: str) -> None:
    assert stem(word, "sv") == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("caseloads", "caseload"), ("listened", "listen"), ("priorities", "priorit"), ("cuts", "cut")],
)
def test_english_stems(word: str, expected: str) -> None:
    assert stem(word, "en") == expected


@pytest.mark.parametrize(
    ("keyword", "word"),
    [
        ("arbetsmiljö", "arbetsmiljöproblem"),  # the cases
        ("arbetsmiljö", "arbetsmiljöproblemen"),
        ("arbetsmiljö", "arbetsmiljöarbetet"),
        ("placering", "placeringskostnaderna"),
        ("placering", "familjehemsplaceringar"),  # as the head of a compound
        ("investering", "samhällsinvesteringar"),
        ("budget", "budgeten"),  # the written form guards a base form from over-stripping
        ("budget", "årsbudgetarna"),
        ("rutin", "rutinerna"),
        ("uppdraget", "uppdragen"),  # a keyword written inflected still matches
        ("socialsekreterare", "socialsekreterarna"),
        ("konsult", "konsulterna"),
    ],
)
def test_swedish_keyword_matches_inflections_and_compounds(keyword: str, word: str) -> None:
    assert any(compound_match(form, word, "sv") for form in keyword_forms(keyword, "sv"))


@pytest.mark.parametrize(
    ("keyword", "word"),
    [("kost", "kostym"), ("chef", "chefredaktör"), ("budget", "bud"), ("rutin", "utina")],
)
def test_short_or_partial_stems_do_not_fire_inside_other_words(keyword: str, word: str) -> None:
    assert not any(compound_match(form, word, "sv") for form in keyword_forms(keyword, "sv"))


def test_english_matches_inflections_but_not_inside_words() -> None:
    assert compound_match(stem("caseloads", "en"), "caseload", "en")
    assert compound_match("listen", "listening", "en")
    assert not compound_match(stem("cost", "en"), "costume", "en")
    assert not compound_match("placement", "replacement", "en")


def test_words_split_hyphens_and_keep_apostrophes() -> None:
    assert words("Vi gjorde en lex Sarah-anmälan, HVB-placeringar!") == [
        "vi",
        "gjorde",
        "en",
        "lex",
        "sarah",
        "anmälan",
        "hvb",
        "placeringar",
    ]
    assert words("We didn't know") == ["we", "didn't", "know"]


def test_a_lookup_lemma_adds_a_key_without_replacing_the_stem() -> None:
    lemmas = {"städer": "stad", "gick": "gå"}
    assert word_keys("Städer", "sv", lemmas) == {"städer", "städ", "stad"}
    assert "gå" in word_keys("gick", "sv", lemmas)


@pytest.mark.parametrize(
    ("keyword", "word", "expected"),
    [
        ("nämnd", "socialnämnden", True),  # a five-letter head followed by an ending only
        ("rutin", "överlämningsrutinen", True),
        ("nämnd", "socialnämndsordföranden", False),  # not in the middle: too short for that
        ("rutin", "rutinmässigt", True),  # at the start, as ever
    ],
)
def test_five_letter_stems_match_as_the_head_of_a_compound(
    keyword: str, word: str, expected: bool
) -> None:
    assert any(compound_match(f, word, "sv") for f in keyword_forms(keyword, "sv")) is expected


@pytest.mark.parametrize(
    ("keyword", "word", "expected"),
    [
        ("ledning", "konsumentvägledning", False),  # the head is vägledning, not ledning
        ("ledning", "vägledningen", False),  # guidance: a three-letter first part, no s
        ("budget", "årsbudgeten", True),  # a three-letter first part with its linking s
        ("ledning", "förvaltningsledningen", True),  # a long first part with its linking s
        ("ledning", "personalledningen", True),  # a short first part without it
        ("placering", "skolplaceringen", True),
        ("investering", "samhällsinvesteringar", True),
        ("nämnd", "socialnämnden", True),
        ("nämnd", "konsumentvägnämnden", False),  # also for a five-letter head
        ("ledningen", "stadsledningskontorets", False),  # in the middle: the office is named
        ("ledningen", "kommunledningskontoret", False),
        ("ledningen", "förvaltningsledningens", True),  # the head, with an ending
        ("ledningen", "ledningskontoret", True),  # the first part, as a prefix
        ("mentor", "gruppmentorskapet", True),  # -skap makes a word, it heads nothing
        ("budget", "stadsbudgetramar", False),  # in the middle without a linking s: ramar
        ("budgetram", "stadsbudgetramar", True),  # ...is a word of its own; this is the head
        ("tjänst", "socialtjänstlagen", False),  # the Social Services Act, a law
        ("verksamheten", "kärnverksamheten", True),  # a cut stem's rest (eten) is no head
    ],
)
def test_a_stem_inside_a_compound_must_follow_a_plausible_first_part(
    keyword: str, word: str, expected: bool
) -> None:
    assert any(compound_match(f, word, "sv") for f in keyword_forms(keyword, "sv")) is expected


def test_a_plausible_first_part_is_short_or_ends_in_the_linking_s() -> None:
    assert plausible_modifier("social")
    assert plausible_modifier("förvaltnings")
    assert not plausible_modifier("konsumentväg")


def test_the_lexicon_does_not_find_management_inside_guidance() -> None:
    """Fresh (the whole lookup table) and kept (a few entries) engines agree."""
    for lemmas in ({"sv": lemma_table("sv") or {}}, {"sv": {}}):
        lexicon = Lexicon({"md": {"sv": ["ledningen"]}}, lemmas)
        assert lexicon.scores("Nämnden ansvarar för konsumentvägledning i kommunen.", "sv") == {}
        assert "md" in lexicon.scores("Förvaltningsledningen lyssnade på oss.", "sv")


@pytest.mark.slow
def test_an_office_named_for_the_management_is_not_the_management(tmp_path, monkeypatch) -> None:
    """Imported and read by the product (spaCy's units, the codebook's keywords): the
    executive office of a city, *Stadsledningskontoret*, is where a survey came from, not a
    management that listened or decided; its sentence has no mission-dialogue keyword,
    while the management's own sentence keeps it."""
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    # written for this test
    text = (
        "Stadsledningskontorets enkät skickades till alla förvaltningar i mars. "
        "Förvaltningsledningen lyssnade på socialsekreterarna innan beslutet togs.\n"
    )
    first, terms = _keywords_read(tmp_path, text, "mission_dialogue")
    assert first.startswith("Stadsledningskontorets")
    assert terms[0] == []
    assert terms[1]


def _keywords_read(tmp_path: Path, text: str, code: str) -> tuple[str, list[list[str]]]:
    """``text`` imported into a project of the turning-points codebook and scored by the
    product: its first unit's text, and the keywords of ``code`` each unit was found by."""
    from qualcode import Project

    codebook = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"
    with Project.create(tmp_path / "read.db") as project:
        project.load_codebook(codebook)
        doc = project.import_text("read.txt", text, lang="sv").id
        candidates, _ = project._candidates([doc])
        engine = project.suggester()
        _, comp = engine.score(candidates)
    j = engine.codes.index(code)
    found = [comp.terms.get((i, j), ([], []))[0] for i in range(len(candidates))]
    return candidates[0].text, found


def test_stop_words_are_spacys_without_importing_spacy() -> None:
    import subprocess
    import sys

    from spacy.lang.sv.stop_words import STOP_WORDS

    assert stop_words("sv") == STOP_WORDS and "för" in stop_words("sv")
    assert "the" in stop_words("en")
    assert stop_words("zz") == frozenset() and stop_words("../sv") == frozenset()
    # a warm `qualcode suggest` reads the list but never pays for importing spaCy
    code = (
        "import sys; from qualcode.nlp.normalise import stop_words; "
        "assert len(stop_words('sv')) > 300; assert 'spacy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.slow
def test_a_keyword_between_a_first_part_and_a_bare_head_is_not_found(tmp_path, monkeypatch) -> None:
    """Imported and read by the product: *Stadsbudgetramarna* (the city's budget frames) is
    found by the keyword *budgetram*, its head, and no longer also by *budget* in its
    middle: *ramar*, with no linking s before it, is a word of its own that spaCy's Swedish
    lookup table knows. *Årsbudgeten* keeps *budget* as its head."""
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    # written for this test
    text = (
        "Stadsbudgetramarna för socialnämnden sänktes med två procent. "
        "Årsbudgeten räckte inte till de placeringar som behövdes.\n"
    )
    first, terms = _keywords_read(tmp_path, text, "long_term_economics")
    assert first.startswith("Stadsbudgetramarna")
    assert terms[0] == ["budgetram"]
    assert "budget" in terms[1]

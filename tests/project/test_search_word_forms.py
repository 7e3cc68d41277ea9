"""A search term finds its word's forms in the document's language (``word_forms``): what
NVivo's "with stemmed words" and MAXQDA's lemma search give a researcher who searches a
concept in Swedish or English; ``exact`` finds only the letters typed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode import Project
from qualcode.model import Turn, Unit
from qualcode.nlp.normalise import lemma_table
from qualcode.project.search_terms import term_pattern
from tests.conftest import small_codebook, store_document

SV = (
    "R: Socialsekreterarna hade för många ärenden. Ärendemängden växte. "
    "Ett ärende i taget, sa socialsekreteraren. Barnen och förskolebarnen kom först. "
    "Vi prioriterade personalärendena. Det execute-ordet är engelska."
)
EN = (
    "R: The children met the social workers. Meetings were cut and cutting went on. "
    "A child's caseload grew; we execute the plan and study the studies. "
    "Swedish barnen means the kids."
)


def _stored(project: Project, name: str, text: str, lang: str) -> str:
    """A document of one turn, its sentences as units, in ``lang``, without the pipeline."""
    ends = [m.end() for m in re.finditer(r"[.;!?](?=\s|$)", text)]
    starts = [3, *(e + 1 for e in ends[:-1])]
    turns = [Turn(0, "R", 3, len(text))]
    units = [Unit(i, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]
    return store_document(project, name, text, turns, units, lang=lang)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    project.add_coder("karin")
    _stored(project, "sv_01.txt", SV, "sv")
    _stored(project, "en_01.txt", EN, "en")
    project.act_as("karin")
    yield project
    project.close()


def _found(project: Project, term: str, **how: object) -> list[str]:
    return [h.text for h in project.search_text(term, **how)]  # type: ignore[arg-type]


def test_a_swedish_word_finds_its_plural_and_definite_forms(project: Project) -> None:
    # the definite plural changes the stem: socialsekreterar|na
    assert _found(project, "socialsekreterare") == ["Socialsekreterarna", "socialsekreteraren"]
    assert _found(project, "ärendet") == ["ärenden", "Ärende", "ärende", "ärendena"]
    assert _found(project, "barn", docs=["sv_01.txt"]) == ["Barnen", "barnen"]  # förskole|barnen


def test_a_word_ending_in_a_star_starts_from_its_stem(project: Project) -> None:
    assert _found(project, "socialsekreterare*") == ["Socialsekreterarna", "socialsekreteraren"]
    assert _found(project, "socialsekreterare*", exact=True) == ["socialsekreteraren"]


def test_a_hit_is_the_word_as_written_and_its_offsets_hold_it(project: Project) -> None:
    for hit in project.search_text("ärendet, prioritera, barn", docs=["sv_01.txt"]):
        assert SV[hit.start : hit.end] == hit.text
    # a compound's last part is found with its ending, its first part as far as the word goes
    hits = project.search_text("ärende")
    assert [(h.text, SV[h.start - 8 : h.start]) for h in hits][1::2] == [
        ("Ärende", "renden. "),
        ("ärendena", "personal"),
    ]


def test_verb_tenses_are_found(project: Project) -> None:
    assert _found(project, "prioritera") == ["prioriterade"]
    assert _found(project, "meeting") == ["Meetings"]
    assert _found(project, "cuts") == ["cut", "cutting"]  # never "execute"
    assert _found(project, "study") == ["study", "studies"]


def test_an_english_word_finds_its_irregular_plural_by_lemma(project: Project) -> None:
    assert _found(project, "child") == ["children", "child's"]
    assert _found(project, "children") == ["children", "child's"]


def test_exact_finds_only_the_letters_typed(project: Project) -> None:
    assert _found(project, "ärendet", exact=True) == []
    assert _found(project, "barn", exact=True) == ["barn", "Barn", "barn"]
    assert _found(project, "child", exact=True) == ["child", "child"]  # in children, child's


def test_each_document_is_searched_in_its_own_language(project: Project) -> None:
    # Swedish forms in the Swedish text; in the English one "barnen" is no form of "barn"
    # (its letters are found, as before), and "execute" is no form of "cuts"
    found = [(h.document, h.text) for h in project.search_text("barn, cuts")]
    assert found == [
        *(("en_01.txt", "cut"), ("en_01.txt", "cutting"), ("en_01.txt", "barn")),
        *(("sv_01.txt", "Barnen"), ("sv_01.txt", "barnen")),
    ]


def test_wildcards_are_unchanged_and_whole_words_are_forms_alone(project: Project) -> None:
    for term in ("ärende?", "?arnen", "ä*en", "social*na", "child?en"):
        assert _found(project, term) == _found(project, term, exact=True)
    assert _found(project, "ärendet", whole_word=True) == ["ärenden", "ärende"]


def test_coding_the_hits_codes_the_sentences_of_the_forms(project: Project) -> None:
    key = project.codable_codes()[0].key
    done = project.code_hits("socialsekreterare", key, "karin")
    assert done.hits == 2
    coded = sorted(SV[c.coding.start : c.coding.end] for c in done.coded)
    assert coded == [
        "Ett ärende i taget, sa socialsekreteraren.",
        "Socialsekreterarna hade för många ärenden.",
    ]
    entry = project.store.audit.list()[-1]
    assert entry.payload["exact"] is False
    letters = project.code_hits("socialsekreterare", key, "karin", exact=True)
    assert (letters.hits, letters.coded, letters.already) == (1, (), 1)  # -n, coded already


SV_WORDS = (
    *("ärende", "ärendet", "ärenden", "ärendena", "ärendemängden", "personalärenden"),
    *("barn", "barnen", "förskolebarnen", "tid", "tiden", "arbetstiden", "tidigare"),
    *("socialsekreterare", "socialsekreterarna", "placering", "placeringskostnaderna"),
)
GAPS = st.sampled_from((" ", ", ", ". ", "\n", " - "))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(SV_WORDS), min_size=1, max_size=12),
    gaps=st.lists(GAPS, min_size=12, max_size=12),
    term=st.sampled_from(SV_WORDS),
    lang=st.sampled_from(("sv", "en")),
)
def test_forms_find_every_place_the_letters_do_and_end_where_a_word_ends(
    words: list[str], gaps: list[str], term: str, lang: str
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    forms = [(m.start(), m.end()) for m in term_pattern([term], lang=lang).finditer(text)]
    letters = [(m.start(), m.end()) for m in term_pattern([term]).finditer(text)]
    for start, end in letters:  # every place the letters are is (in) a hit
        assert any(s <= start and end <= e for s, e in forms)
    table = lemma_table(lang) or {}
    heads = {term, table.get(term, term)}
    for start, end in forms:  # a hit is the word (or its lemma) or ends where a word ends
        assert text[start:end].lower() in heads or not text[end : end + 1].isalnum()


def test_an_english_word_is_found_in_either_spelling() -> None:
    text = "Organizations, the organisation, labor and labour, a center, a program; crisis."
    for term, found in (
        ("organisation", ["Organizations", "organisation"]),
        ("organization", ["Organizations", "organisation"]),
        ("labour", ["labor", "labour"]),
        ("centre", ["center"]),
        ("programme", ["program"]),
        ("crisis", ["crisis"]),  # no "crizis" to find: only what the engine folds back
    ):
        pattern = term_pattern([term], lang="en")
        assert [m.group() for m in pattern.finditer(text)] == found, term

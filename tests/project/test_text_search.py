"""Text search across documents and coding every hit (``Project.search_text``,
``Project.code_hits``): what NVivo's text search query, MAXQDA's lexical search and
ATLAS.ti's search & code give a coder who finds a telling word halfway through."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError, ValidationError
from qualcode.model import Turn, Unit
from qualcode.project.search_terms import split_terms, term_pattern
from tests.conftest import coding_team, store_document

# a heading and speaker labels outside the turns; the answer is three sentences
TEXT = (
    "Intervju om kostnader\n"
    "I: Hur ser arbetsmiljön ut?\n"
    "Ekonom: Arbetsmiljön är tung och ekonomen ser bara kostnaden. "
    "Placeringskostnaderna ökar varje år. Vi har en\nplan för arbetsmiljö nu.\n"
)


def _layout(text: str) -> tuple[list[Turn], list[Unit]]:
    """The two turns (what follows each label) and their sentences."""
    q_start = text.index("Hur")
    q_end = text.index("?") + 1
    a_start = text.index("Arbetsmiljön är")
    a_end = text.rindex("nu.") + 3
    turns = [Turn(0, "I", q_start, q_end), Turn(1, "Ekonom", a_start, a_end)]
    second = text.index("Placerings")
    third = text.index("Vi har")
    units = [
        Unit(0, q_start, q_end),
        Unit(1, a_start, second - 1),
        Unit(2, second, third - 1),
        Unit(3, third, a_end),
    ]
    return turns, units


@pytest.fixture
def searched(tmp_path: Path) -> tuple[Project, str]:
    project = coding_team(tmp_path / "p.db")
    doc = store_document(project, "aby_01.txt", TEXT, *_layout(TEXT))
    project.set_attributes(doc, {"municipality": "Åby"})
    other = "R: Arbetsmiljön i Ekstad är bra."
    store_document(
        project,
        "ekstad_01.txt",
        other,
        [Turn(0, "R", 3, len(other))],
        [Unit(0, 3, len(other))],
    )
    project.act_as("karin")
    yield project, doc
    project.close()


def _words(hits: list) -> list[tuple[str, str]]:
    return [(h.document, h.text) for h in hits]


def test_a_term_matches_inside_compounds_in_any_case_and_whole_words_on_request(
    searched: tuple[Project, str],
) -> None:
    project, _ = searched
    assert _words(project.search_text("kostnad")) == [
        ("aby_01.txt", "kostnaden"),
        ("aby_01.txt", "kostnaderna"),
    ]  # "kostnaden" and "Placeringskostnaderna"; not the heading, which nobody said
    assert _words(project.search_text("kostnad", exact=True)) == [
        ("aby_01.txt", "kostnad"),
        ("aby_01.txt", "kostnad"),
    ]  # the letters typed, and no more of the word
    assert _words(project.search_text("ARBETSMILJÖ", whole_word=True, exact=True)) == [
        ("aby_01.txt", "arbetsmiljö")
    ]
    assert [h.text for h in project.search_text("ARBETSMILJÖ", whole_word=True)] == [
        *("arbetsmiljön", "Arbetsmiljön", "arbetsmiljö", "Arbetsmiljön")
    ]  # its forms, whole words
    assert len(project.search_text("arbetsmiljö")) == 4  # -n, -n, -, and Ekstad's


def test_wildcards_phrases_across_line_breaks_and_several_terms(
    searched: tuple[Project, str],
) -> None:
    project, _ = searched
    assert _words(project.search_text("placering*", whole_word=True)) == [
        ("aby_01.txt", "Placeringskostnaderna")
    ]
    assert _words(project.search_text("ekonom?n")) == [("aby_01.txt", "ekonomen")]
    assert _words(project.search_text("en plan för")) == [("aby_01.txt", "en\nplan för")]
    assert [h.text for h in project.search_text(["tung", "år"], whole_word=True)] == [
        "tung",
        "år",
    ]


def test_speaker_labels_and_headings_are_not_hits(searched: tuple[Project, str]) -> None:
    project, _ = searched
    hits = project.search_text("ekonom")
    assert [(h.text, h.speaker) for h in hits] == [("ekonomen", "Ekonom")]  # not "Ekonom:"
    assert project.search_text("intervju") == []


def test_a_hit_carries_its_context_and_the_span_coding_it_would_code(
    searched: tuple[Project, str],
) -> None:
    project, _ = searched
    turns, units = _layout(TEXT)
    (hit,) = project.search_text("ökar", context=12)
    assert (hit.before, hit.text, hit.after) == ("kostnaderna ", "ökar", " varje år. V")
    assert TEXT[hit.start : hit.end] == "ökar"
    assert hit.span == (units[2].start, units[2].end)
    assert hit.attributes == {"municipality": "Åby"}
    (turn_hit,) = project.search_text("ökar", spread="turn")
    assert turn_hit.span == (turns[1].start, turns[1].end)
    (bare,) = project.search_text("ökar", spread="hit")
    assert bare.span == (bare.start, bare.end)


def test_documents_and_attributes_narrow_the_search(searched: tuple[Project, str]) -> None:
    project, _ = searched
    assert {h.document for h in project.search_text("arbetsmiljö", docs=["ekstad_01"])} == {
        "ekstad_01.txt"
    }
    found = project.search_text("arbetsmiljö", attributes={"municipality": ["Åby"]})
    assert {h.document for h in found} == {"aby_01.txt"}
    with pytest.raises(ValidationError, match="unknown attribute 'role'"):
        project.search_text("arbetsmiljö", attributes={"role": "chef"})
    with pytest.raises(ValidationError, match="no document has municipality=Norrvik"):
        project.search_text("arbetsmiljö", attributes={"municipality": "Norrvik"})


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("", "give a word or phrase"),
        ("   ", "give a word or phrase"),
        ([], "give a word or phrase"),
        ("**", "no letter or digit"),
        ("arbets\nmiljö", "one line"),
        ("a\x07b", "one line"),
        ("x" * 201, "at most 200"),
    ],
)
def test_a_term_that_cannot_be_searched_is_refused_in_one_line(
    searched: tuple[Project, str], terms: str | list[str], message: str
) -> None:
    project, _ = searched
    with pytest.raises(ValidationError, match=message):
        project.search_text(terms)


def test_bad_spread_and_context_are_refused(searched: tuple[Project, str]) -> None:
    project, _ = searched
    with pytest.raises(ValidationError, match="unknown spread"):
        project.search_text("tung", spread="paragraph")
    with pytest.raises(ValidationError, match="context"):
        project.search_text("tung", context=-1)


def test_coding_the_hits_codes_each_sentence_once_and_is_one_audited_act(
    searched: tuple[Project, str],
) -> None:
    project, doc = searched
    _, units = _layout(TEXT)
    # "arbetsmiljö" is said twice in the answer's first sentence and once in its last
    done = project.code_hits("arbetsmiljö", "integration", "karin", docs=[doc])
    assert (done.hits, done.already) == (3, 0)
    spans = sorted((c.start, c.end) for c in project.codings(coder="karin"))
    assert spans == [
        (units[0].start, units[0].end),
        (units[1].start, units[1].end),
        (units[3].start, units[3].end),
    ]
    entries = [e for e in project.audit() if e.action == "coding.search"]
    assert len(entries) == 1
    assert entries[0].actor == "karin"
    assert entries[0].payload["terms"] == ["arbetsmiljö"]
    assert sorted(entries[0].payload["codings"]) == sorted(c.coding.id for c in done.coded)
    again = project.code_hits("arbetsmiljö", "integration", "karin", docs=[doc])
    assert (len(again.coded), again.already) == (0, 3)
    assert len(project.codings(coder="karin")) == 3


def test_coding_the_hits_joins_the_coders_own_codings_of_the_code(
    searched: tuple[Project, str],
) -> None:
    project, doc = searched
    _, units = _layout(TEXT)
    mine = project.code_passage(doc, units[1].start + 3, units[1].end, "integration", "karin")
    done = project.code_hits("kostnad", "integration", "karin")
    assert [c.id for d in done.coded for c in d.absorbed] == [mine.coding.id]
    assert sorted((c.start, c.end) for c in project.codings(coder="karin")) == [
        (units[1].start, units[1].end),
        (units[2].start, units[2].end),
    ]


def test_coding_the_hits_is_refused_whole_for_a_theme_an_unknown_code_or_someone_else(
    searched: tuple[Project, str],
) -> None:
    project, _ = searched
    project.act_as("lena")
    theme = project.create_theme("Ekonomi", "lena")
    project.act_as("karin")
    before = len(project.audit())
    with pytest.raises(ValidationError, match="is a theme"):
        project.code_hits("tung", theme.key, "karin")
    with pytest.raises(QualcodeError, match="nope"):
        project.code_hits("tung", "nope", "karin")
    with pytest.raises(QualcodeError):
        project.code_hits("tung", "caseload", "johan")
    assert project.codings(coder="karin") == []
    assert len(project.audit()) == before


def test_taking_back_the_hits_restores_what_they_joined(searched: tuple[Project, str]) -> None:
    project, doc = searched
    _, units = _layout(TEXT)
    mine = project.code_passage(doc, units[1].start + 3, units[1].end, "integration", "karin")
    done = project.code_hits("kostnad", "integration", "karin")
    assert project.take_back_hits(done, "karin") == 2
    assert [(c.id, c.start, c.end) for c in project.codings(coder="karin")] == [
        (mine.coding.id, mine.coding.start, mine.coding.end)
    ]
    assert project.take_back_hits(done, "karin") == 0  # taken back already: nothing twice


def test_commas_separate_terms_in_one_string_or_several() -> None:
    assert split_terms(" ärende*, arbetsmiljö ,, en plan ") == ["ärende*", "arbetsmiljö", "en plan"]
    assert split_terms(["a, b", "c"]) == ["a", "b", "c"]
    with pytest.raises(ValidationError, match="give a word or phrase"):
        term_pattern([" , "])


def test_a_phrase_in_quotes_keeps_its_comma(project: Project) -> None:
    """A phrase with a comma in it could not be searched: the comma cut it in two."""
    typed = '"ja, alltså", \u201dpolitikerna bestämde\u201d'
    assert split_terms(typed) == ["ja, alltså", "politikerna bestämde"]
    assert split_terms('he said "no", b') == ['he said "no"', "b"]  # a quote inside: a character
    hits = project.search_text(typed)
    assert [h.text for h in hits] == ["Ja, alltså", "Politikerna bestämde"]
    assert [h.text for h in project.search_text(["ja, alltså"])] != ["Ja, alltså"]  # unquoted
    with pytest.raises(ValidationError, match=r"^search: the quote before 'ja, alltså' is never"):
        project.search_text('"ja, alltså')
    with pytest.raises(ValidationError, match=r"put a comma before 'arbetsmiljö'$"):
        project.search_text('"ja, alltså" arbetsmiljö')


def test_codings_a_search_made_say_so_and_those_by_hand_stay_manual(
    searched: tuple[Project, str],
) -> None:
    """A search-coded coding was stored as 'manual', so the audit, the exports and the
    methods paragraph took an autocoded batch for a coder's reading."""
    project, doc = searched
    _, units = _layout(TEXT)
    by_hand = project.add_coding(doc, units[0].start, units[0].end, "integration", "karin")
    done = project.code_hits("kostnad", "integration", "karin")
    assert {c.coding.origin for c in done.coded} == {"search"}
    assert project.store.codings.resolve(by_hand.id).origin == "manual"
    added = [e for e in project.audit() if e.action == "coding.add"]
    assert [e.payload["origin"] for e in added] == ["manual"] + ["search"] * len(done.coded)
    with pytest.raises(ValidationError, match="belongs to a coder's layer"):
        project.act_as("lena")
        project.add_coding(
            doc,
            units[3].start,
            units[3].end,
            "integration",
            "lena",
            layer="consensus",
            origin="search",
        )

"""Word frequencies (``Project.word_frequencies``): the words said most, in documents or in
a code's passages, without stop words, marks or the interviewer's words on request."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.model import Turn, Unit
from tests.conftest import coding_team, store_document

ONE = (
    "Intervju om placeringar\n"
    "I: Vad kostar placeringar?\n"
    "R: Placeringar kostar mycket. [skratt] Eh, placeringar och konsulter, alltså.\n"
)
TWO = "R: Konsulter kostar. Vi har konsulter."


def _turns(text: str) -> list[Turn]:
    """Each line after a label is a turn ("I:" the interviewer's, "R:" the respondent's)."""
    turns, at = [], 0
    for line in text.splitlines(keepends=True):
        label, sep, _ = line.partition(": ")
        if sep and label in ("I", "R"):
            start = at + len(label) + 2
            turns.append(Turn(len(turns), label, start, at + len(line.rstrip("\n"))))
        at += len(line)
    return turns


@pytest.fixture
def counted(tmp_path: Path) -> Project:
    project = coding_team(tmp_path / "p.db")
    for name, text, place in (("aby_01.txt", ONE, "Åby"), ("ekstad_01.txt", TWO, "Ekstad")):
        turns = _turns(text)
        doc = store_document(
            project, name, text, turns, [Unit(t.idx, t.start, t.end) for t in turns]
        )
        project.set_attributes(doc, {"municipality": place})
    project.act_as("karin")
    yield project
    project.close()


def _table(found: list) -> list[tuple[str, int, int]]:
    return [(w.word, w.count, w.documents) for w in found]


def test_content_words_are_counted_with_the_documents_that_say_them(counted: Project) -> None:
    # "och", "vi", "har", "vad", "mycket", "alltså" are stop words; "eh" a hesitation;
    # "[skratt]" a mark; the heading nobody said
    assert _table(counted.word_frequencies()) == [
        ("konsulter", 3, 2),
        ("kostar", 3, 2),
        ("placeringar", 3, 1),
    ]


def test_respondents_only_leaves_the_questions_out(counted: Project) -> None:
    assert _table(counted.word_frequencies(respondents=True, top=2)) == [
        ("konsulter", 3, 2),
        ("kostar", 2, 2),
    ]


def test_documents_and_attributes_narrow_the_count(counted: Project) -> None:
    assert _table(counted.word_frequencies(attributes={"municipality": "Ekstad"})) == [
        ("konsulter", 2, 1),
        ("kostar", 1, 1),
    ]
    assert _table(counted.word_frequencies(docs=["aby_01"], top=1)) == [("placeringar", 3, 1)]
    with pytest.raises(ValidationError, match="no document has municipality=Norrvik"):
        counted.word_frequencies(attributes={"municipality": "Norrvik"})


def test_a_codes_words_are_the_readers_own_passages_blind(counted: Project) -> None:
    doc = counted.documents()[0].id
    text = counted.document_texts([doc])[doc]
    start = text.index("Placeringar kostar")
    counted.add_coding(
        doc, start, start + len("Placeringar kostar mycket."), "integration", "karin"
    )
    counted.act_as("johan")
    other = text.index("konsulter")
    counted.add_coding(doc, other, other + len("konsulter"), "integration", "johan")
    assert _table(counted.word_frequencies(code="integration", viewer="johan")) == [
        ("konsulter", 1, 1)
    ]
    counted.act_as("karin")
    assert _table(counted.word_frequencies(code="integration", viewer="karin")) == [
        ("kostar", 1, 1),
        ("placeringar", 1, 1),
    ]


@pytest.mark.parametrize("top", [0, -1, 10_001])
def test_a_top_out_of_range_is_refused(counted: Project, top: int) -> None:
    with pytest.raises(ValidationError, match="top is 1 to 10000"):
        counted.word_frequencies(top=top)


def test_an_unknown_code_is_refused(counted: Project) -> None:
    with pytest.raises(ValidationError, match="unknown code 'nope'"):
        counted.word_frequencies(code="nope", viewer="karin")


def test_respondents_are_both_of_a_pair_interview(tmp_path: Path) -> None:
    """Every interviewee's words count: only the label said most was kept, so the second
    participant of a pair interview (IP3b in the quotes) was left out of the words the
    interviewees said (study46)."""
    text = (
        "Intervjuare: Hur ser veckan ut?\n\n"
        "Vendela: Fredagarna planerar vi tillsammans.\n\n"
        "Gustav: Barngrupperna har vuxit.\n\n"
        "Vendela: Fredagarna är viktiga.\n"
    )
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.import_text("par.txt", text, lang="sv")
        found = _table(project.word_frequencies(respondents=True, top=10))
    assert ("barngrupperna", 1, 1) in found and ("fredagarna", 2, 1) in found
    assert all(word != "veckan" for word, _, _ in found)  # the interviewer's question

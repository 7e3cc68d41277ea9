"""Terms holding a slash ("och/eller", "24/7"), as said in interviews, are found by the text
search and by the search in one document: the TUI's search box now lets a coder type `/`
(small35a), and the search behind it must take the slash as a character to find."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.model import Turn, Unit
from qualcode.project.find_in_document import next_match
from tests.conftest import small_codebook, store_document

# written for these tests
TEXT = "R: Vi har jour 24/7 hela året. Stödet ges av kommunen och/eller regionen. Och eller?"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    second = TEXT.index("Stödet")
    third = TEXT.index("Och eller")
    units = [Unit(0, 3, second - 1), Unit(1, second, third - 1), Unit(2, third, len(TEXT))]
    store_document(project, "jour_01.txt", TEXT, [Turn(0, "R", 3, len(TEXT))], units)
    return project


@pytest.mark.parametrize("whole_word", [False, True])
def test_a_term_with_a_slash_finds_only_the_words_with_the_slash(
    project: Project, whole_word: bool
) -> None:
    hits = project.search_text("och/eller", whole_word=whole_word)
    assert [hit.text for hit in hits] == ["och/eller"]
    assert [hit.text for hit in project.search_text("24/7, 24/*", whole_word=whole_word)] == [
        "24/7"
    ]
    assert project.search_text("24/8", whole_word=whole_word) == []


def test_a_slash_in_the_document_search_is_a_character(project: Project) -> None:
    doc = project.document("jour_01.txt")
    units = [(u.start, u.end) for u in project.units(doc.id)]
    found = next_match(doc.text, "OCH/eller", units, -1)
    assert found is not None
    assert (found.offset, found.number, found.total) == (TEXT.index("och/eller"), 1, 1)
    assert next_match(doc.text, "24/8", units, -1) is None

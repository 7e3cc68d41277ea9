"""A codebook's keywords and examples are held to the rules its other texts are (red team,
round 9).

A code's names, definitions and rules refused control characters where they enter; its
keywords and examples did not. A YAML codebook (or ``codebook edit``, or the API) brought
a keyword holding an ESC sequence or a line break and an example holding a terminal-title
sequence, and every listing and export of the codebook carried them to whoever read it;
an example of 46 MB came in too. A keyword is a term and stands on one line; an example is
a passage, with line breaks and tabs but no other control character, and of at most
``MAX_TEXT`` characters. Each is refused in one line, nothing written.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError
from qualcode.oneline import MAX_TEXT
from tests.conftest import small_codebook


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.db")
    p.add_coder("lena", role="lead")
    p.act_as("lena")
    p.apply_codebook(small_codebook())
    return p


def _with(keywords: tuple[str, ...] = (), examples: tuple[str, ...] = ()) -> object:
    book = small_codebook()
    first = book.codes[0]
    changed = replace(
        first,
        keywords={**first.keywords, "sv": (*first.keywords.get("sv", ()), *keywords)},
        examples={**first.examples, "sv": (*first.examples.get("sv", ()), *examples)},
    )
    return replace(book, codes=(changed, *book.codes[1:]))


@pytest.mark.parametrize(
    "keyword",
    ["arbets\x1b[8mmiljö", "arbets\nmiljö", "a\x1b]0;owned\x07b", "k" * 300],
    ids=["esc", "line-break", "title", "long"],
)
def test_a_keyword_off_one_line_is_refused(project: Project, keyword: str) -> None:
    before = project.codebook_specs()
    with pytest.raises(CodebookError, match="keyword"):
        project.apply_codebook(_with(keywords=(keyword,)))  # type: ignore[arg-type]
    assert project.codebook_specs() == before


@pytest.mark.parametrize(
    "example",
    ["Ett exempel \x1b]0;owned\x07 här", "x\x00y", "Intervju. " * (MAX_TEXT // 10 + 1)],
    ids=["title", "nul", "pages"],
)
def test_an_example_with_a_control_character_or_of_pages_is_refused(
    project: Project, example: str
) -> None:
    before = project.codebook_specs()
    with pytest.raises(CodebookError, match="example"):
        project.apply_codebook(_with(examples=(example,)))  # type: ignore[arg-type]
    assert project.codebook_specs() == before


def test_codebook_edit_refuses_them_too(project: Project) -> None:
    key = small_codebook().codes[0].key
    with pytest.raises(CodebookError, match="keyword"):
        project.update_code(key, keywords={"sv": ["arbets\x1b[31mmiljö"]}, actor="lena")


def test_an_example_over_lines_and_a_plain_keyword_are_taken(project: Project) -> None:
    project.apply_codebook(  # type: ignore[arg-type]
        _with(keywords=("arbetsmiljö",), examples=("Första raden.\n\tAndra raden.",))
    )
    spec = project.codebook_specs()[0]
    assert "arbetsmiljö" in spec.keywords["sv"]
    assert "Första raden.\n\tAndra raden." in spec.examples["sv"]

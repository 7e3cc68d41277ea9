"""A name and a code's keyword pass one check (``oneline.check_name``) and are refused in
their own words: each refusal says what the text is and, for a keyword, what one is and
how to give several. Pinned whole, so folding the two checks into one kept every word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qualcode.errors import QualcodeError
from qualcode.oneline import TextKind, check_keyword, check_name, check_text

LONG = "a" * 201
BROKEN = "two\tparts"


@pytest.mark.parametrize(
    ("check", "text", "said", "key"),
    [
        (
            check_name,
            LONG,
            "code 'x': 201 characters long; a name may have at most 200",
            "name_too_long",
        ),
        (
            check_name,
            BROKEN,
            "code 'x': holds a line break, tab or control character (U+0009 at character 4); "
            "a name must be one line of text",
            "name_one_line",
        ),
        (
            check_keyword,
            LONG,
            "code 'x': 201 characters long; a keyword may have at most 200 "
            "(a word or phrase to look for in the text)",
            "keyword_too_long",
        ),
        (
            check_keyword,
            BROKEN,
            "code 'x': holds a line break, tab or control character (U+0009 at character 4); "
            "a keyword must be one line of text (one keyword each: separate them by commas)",
            "keyword_one_line",
        ),
    ],
)
def test_each_kind_is_refused_in_its_own_words(
    check: Callable[[str, str], str], text: str, said: str, key: str
) -> None:
    with pytest.raises(QualcodeError) as caught:
        check(text, "code 'x'")
    assert str(caught.value) == said
    assert caught.value.key == key


def test_a_name_and_a_keyword_within_the_rules_pass_unchanged() -> None:
    assert check_name("Budget 2027", "code") == "Budget 2027"
    assert check_keyword("förvaltningschef", "keyword") == "förvaltningschef"


LONG_TEXT = "a" * 200_001
SAID = "code 'x': 200,001 characters long; {} may have at most 200,000 (about 30,000 words); {}"


@pytest.mark.parametrize(
    ("kind", "called", "instead"),
    [
        ("text", "a text here", "a longer one belongs in a document"),
        ("definition", "a definition", "a longer text belongs in a memo"),
        ("example", "an example", "an example is a passage, not a document"),
        ("criterion", "a rule for when to use a code", "a longer text belongs in a memo"),
    ],
)
def test_a_long_text_is_refused_as_what_it_is(kind: TextKind, called: str, instead: str) -> None:
    with pytest.raises(QualcodeError) as caught:
        check_text(LONG_TEXT, "code 'x'", kind=kind)
    assert str(caught.value) == SAID.format(called, instead)
    assert caught.value.key == f"{kind}_too_long"
    assert dict(caught.value.values) == {"n": 200_001, "most": 200_000}

"""A search term with a run of wildcards (red team 15).

Each ``*`` of a term became its own ``\\w*``, so "ärende**" (a star typed twice) or an
"e" followed by thirty stars and an "x" asked the regex engine to try every way of
splitting a word among thirty quantifiers: ``qualcode search`` ran for minutes on the
demo and the TUI's search froze with it (the engine holds the interpreter). A run of
wildcards is now one quantifier, finding exactly what it found before.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode.project.search_terms import term_pattern
from tests.conftest import team_project

WORDS = ["ärendemängd", "ärenden", "axb", "axxb", "ab", "abb", "exx", "ex", "e", "eeeeex"]


def _one_by_one(term: str) -> re.Pattern[str]:
    """Each wildcard on its own, as the terms were read before: the reference meaning."""
    regex = "".join(r"\w*" if c == "*" else r"\w" if c == "?" else re.escape(c) for c in term)
    return re.compile(regex, re.IGNORECASE)


def test_a_run_of_stars_is_one_quantifier() -> None:
    assert term_pattern(["e" + "*" * 30 + "x"]).pattern == term_pattern(["e*x"]).pattern
    assert term_pattern(["ärende**"]).pattern == term_pattern(["ärende*"]).pattern


@pytest.mark.parametrize("term", ["ärende**", "a?*?b", "a*?*b", "e**x", "a??b", "e*?"])
def test_a_run_finds_what_each_wildcard_found(term: str) -> None:
    found = term_pattern([term])
    reference = _one_by_one(term)
    for word in WORDS:
        assert bool(found.fullmatch(word)) == bool(reference.fullmatch(word)), (term, word)


def test_a_long_word_and_many_stars_are_searched_at_once(tmp_path: Path) -> None:
    project, _ = team_project(tmp_path / "p.db", document=("ip.txt", "R: " + "e" * 60 + "y."))
    with project:
        project.act_as("lena")
        assert project.search_text("e" + "*" * 40 + "x") == []
        assert [h.text for h in project.search_text("e" + "*" * 40 + "y")] == ["e" * 60 + "y"]

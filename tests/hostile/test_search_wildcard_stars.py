"""Stars with letters between them (review 26, after red team 15's runs of wildcards).

"e*e*e*e*e*e*e*e*q" searched in a word of forty e's took 31 seconds and one of two
hundred never answered: each star could give letters back to the one before it, and the
regex engine tried every way of sharing the word among them (the TUI's F search frozen
meanwhile; a PDF that lost its spaces holds such long words). A star followed by another
now keeps the first place its letters fit; these tests hold it to the meaning of each
wildcard taken one by one, on every short word of a small alphabet.
"""

from __future__ import annotations

import itertools
import random
import re

from qualcode.project.search_terms import term_pattern


def _one_by_one(term: str) -> re.Pattern[str]:
    """Each wildcard a free quantifier, as terms were read before: the reference meaning."""
    regex = "".join(r"\w*" if c == "*" else r"\w" if c == "?" else re.escape(c) for c in term)
    return re.compile(regex, re.IGNORECASE)


WORDS = ["".join(w) for n in range(1, 6) for w in itertools.product("abE-", repeat=n)]


def test_stars_with_letters_between_find_what_each_star_found() -> None:
    rng = random.Random(26)
    terms = ["a*b*a", "a*a*b*", "*ab*b*a", "a?*b*b", "b*a*?a*", "e*a*b*a*e"]
    terms += ["".join(rng.choice("ab*?e-") for _ in range(rng.randint(3, 7))) for _ in range(300)]
    for term in terms:
        if not any(ch.isalnum() for ch in term):
            continue
        found, reference = term_pattern([term]), _one_by_one(term)
        for word in WORDS:
            assert bool(found.fullmatch(word)) == bool(reference.fullmatch(word)), (term, word)
            ours, theirs = found.search(word), reference.search(word)
            assert (ours and ours.span()) == (theirs and theirs.span()), (term, word)


def test_many_stars_in_a_long_word_answer() -> None:
    """Before: 31 s on forty letters, minutes on two hundred; no clock here, the search
    simply has to come back (as the run-of-stars test of red team 15)."""
    assert term_pattern(["e*e*e*e*e*e*e*e*q"]).search("e" * 200) is None
    assert term_pattern(["e*e*e*e*q"], whole_word=True).search("e" * 300 + "q").span() == (0, 301)

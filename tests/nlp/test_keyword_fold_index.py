"""Folding a code's inflected terms into one keyword finds the term to fold into through an
index of forms (``variants._Owned``), not by comparing with every earlier term of the code:
at the codebook's cap of 1,000 keywords a code that was half a million comparisons. The
keywords compiled must be the same as the comparing fold gave, in the same order, with the
same forms and weights, including where a fold widens a term that a later term then meets
only through the forms it gained."""

from __future__ import annotations

import random

import pytest

from qualcode.nlp import variants
from qualcode.nlp.variants import Entry, compile_keywords


def _comparing_merge(
    entries: list[Entry],
    same_owner: list[Entry],
    code: str,
    lang: str,
    term: str,
    forms: list[set[str]],
) -> None:
    """The fold as it was: the first earlier term of the code with as many words that
    shares a form at every word takes the new term's forms."""
    for _code, _lang, _term, other in same_owner:
        if len(other) == len(forms) and all(a & b for a, b in zip(other, forms, strict=True)):
            for slot, new in zip(other, forms, strict=True):
                slot |= new
            return
    entry = (code, lang, term, forms)
    entries.append(entry)
    same_owner.append(entry)


_STEMS = ["budget", "rutin", "samverkan", "helhet", "dialog", "uppdrag", "ekonomi", "stöd"]
_ENDINGS = ["", "en", "et", "erna", "ar", "s", "ens", "arna"]


def _terms(seed: int, count: int) -> list[str]:
    """Made-up terms: inflected spellings of a few stems, alone and in phrases of two or
    three words, many repeated in another form, so that most fold into an earlier one."""
    rng = random.Random(seed)
    made: list[str] = []
    while len(made) < count:
        n = rng.choice([1, 1, 2, 3])
        words = [
            rng.choice(_STEMS) + rng.choice(_ENDINGS) + rng.choice(["", "", str(rng.randrange(40))])
            for _ in range(n)
        ]
        made.append(" ".join(words))
    return made


def _compiled(monkeypatch: pytest.MonkeyPatch | None, keywords: dict) -> list:
    lemmas = {"sv": {"budgeten": "budget", "rutinerna": "rutin", "stödet": "stöd"}}
    if monkeypatch is None:
        return compile_keywords(keywords, lemmas, set())
    with monkeypatch.context() as m:
        m.setattr(variants, "_Owned", list)
        m.setattr(variants, "_merge", _comparing_merge)
        return compile_keywords(keywords, lemmas, set())


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_thousand_keywords_fold_as_the_comparing_fold_did(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    keywords = {
        "budget_talk": {"sv": _terms(seed, 1000), "en": ["budget", "budgets", "budget line"]},
        "routines": {"sv": _terms(seed + 10, 300)},
    }
    indexed = _compiled(None, keywords)
    comparing = _compiled(monkeypatch, keywords)
    assert len(indexed) < 1300  # most terms folded: the case is not trivial
    assert indexed == comparing


def test_a_thousand_distinct_words_stay_a_thousand_keywords(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # where nothing folds the comparing fold met every earlier term: the quadratic case
    rng = random.Random(5)
    words = ["".join(rng.choice("abdefgiklmnoprstuv") for _ in range(9)) for _ in range(1000)]
    keywords = {"k": {"sv": words}}
    indexed = _compiled(None, keywords)
    assert len(indexed) == len(set(words))
    assert indexed == _compiled(monkeypatch, keywords)


@pytest.mark.parametrize(
    ("forms", "kept"),
    [
        # the second widens the first; the third shares a form only with what it gained
        ([[{"a", "b"}], [{"b", "c"}], [{"c", "d"}]], [[{"a", "b", "c", "d"}]]),
        # a term sharing forms with two earlier terms folds into the first of them
        ([[{"x"}], [{"y"}], [{"x", "y"}]], [[{"x", "y"}], [{"y"}]]),
        # a phrase folds only where every word shares a form, into a phrase as long
        (
            [[{"p"}, {"q"}], [{"p"}], [{"p"}, {"r"}], [{"p", "s"}, {"q", "t"}]],
            [[{"p", "s"}, {"q", "t"}], [{"p"}], [{"p"}, {"r"}]],
        ),
    ],
)
def test_each_term_folds_into_the_first_it_meets(
    forms: list[list[set[str]]], kept: list[list[set[str]]]
) -> None:
    entries: list[Entry] = []
    owned = variants._Owned()
    for n, term_forms in enumerate(forms):
        variants._merge(entries, owned, "k", "sv", f"t{n}", term_forms)
    assert [e[3] for e in entries] == kept

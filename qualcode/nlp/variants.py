"""A codebook's terms compiled to keywords, with every spelling a term may be read in.

A term is compiled to one form set per word (as written, stemmed, and by its lookup
lemma's stem). Two kinds of variant are folded in here, before any text is matched:
inflected spellings of one term that a codebook lists side by side (*budget*, *budgeten*)
become one keyword that knows every form, so a unit counts the term once and the evidence
names it once; and an English compound's other spellings (``compounds.term_variants``:
*front-line*, *front line* for *frontline*) become keywords of their own that point back to
the term (``root``), with its weight. Weights are IDF-like over codes: a term several codes
share weighs less than a code's own term, and a phrase more than a single word.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from qualcode.nlp.compounds import term_variants
from qualcode.nlp.normalise import keyword_forms, lemma_bases, words

PHRASE_GAP = 1  # words that may stand between two words of a phrase

Entry = tuple[str, str, str, list[set[str]]]  # code, language, term, forms per word


@dataclass(frozen=True, slots=True)
class Keyword:
    """One codebook term, compiled: per word, the forms it may be matched by."""

    code: str
    lang: str
    term: str
    forms: tuple[tuple[str, ...], ...]
    weight: float
    idx: int = 0  # position in the lexicon, for per-keyword tables
    root: int = -1  # a variant spelling's term (compounds.term_variants), else -1: itself
    gap: int = PHRASE_GAP  # words that may stand between two of its words

    @property
    def term_idx(self) -> int:
        """The term this keyword spells: a unit counts each term once, however written."""
        return self.idx if self.root < 0 else self.root


def compile_keywords(
    keywords: Mapping[str, Mapping[str, Sequence[str]]],
    lemmas: Mapping[str, Mapping[str, str]],
    english: Collection[str],
) -> list[Keyword]:
    """Every keyword of a codebook (code key -> language -> terms), in a fixed order: the
    terms as listed (inflected spellings of one folded into it), then the English variant
    spellings. ``lemmas``: lookup tables per language; ``english``: the English words the
    terms' compounds split into (``compounds.english_parts``)."""
    entries: list[Entry] = []
    # a term only ever folds into a term of its own code and language: looking among
    # those alone spares comparing each with every other (0.25 s of every run)
    by_owner: dict[tuple[str, str], _Owned] = {}
    for code, per_lang in keywords.items():
        for lang, terms in per_lang.items():
            table = lemmas.get(lang)
            bases = lemma_bases(table) if table is not None else None
            for term in terms:
                forms = [set(keyword_forms(w, lang, table, bases)) for w in words(term)]
                if forms:
                    _merge(
                        entries,
                        by_owner.setdefault((code, lang), _Owned()),
                        code,
                        lang,
                        term,
                        forms,
                    )
    canonical = [tuple(min(slot, key=lambda f: (len(f), f)) for slot in e[3]) for e in entries]
    owners: dict[tuple[str, ...], set[str]] = {}
    for entry, key in zip(entries, canonical, strict=True):
        owners.setdefault(key, set()).add(entry[0])
    n_codes = max(len(keywords), 1)
    compiled = [
        Keyword(
            code,
            lang,
            term,
            tuple(tuple(sorted(slot, key=lambda f: (-len(f), f))) for slot in forms),
            # shared terms weigh less; phrases are more specific than single words
            math.log(1 + n_codes / len(owners[key])) * (1 + 0.5 * (len(forms) - 1)),
            idx,
        )
        for idx, ((code, lang, term, forms), key) in enumerate(zip(entries, canonical, strict=True))
    ]
    _add_variants(compiled, canonical, lemmas, english)
    return compiled


def _add_variants(
    compiled: list[Keyword],
    canonical: list[tuple[str, ...]],
    lemmas: Mapping[str, Mapping[str, str]],
    english: Collection[str],
) -> None:
    """Each English term's other spellings as keywords of its own (``root``) with its
    weight: *front-line* and *front line* for *frontline*, *coproduction* for
    *co-production*. A half written apart stands next to the other (``gap`` 0), and a
    spelling another term of the code has already is not added twice."""
    seen = {(k.code, key) for k, key in zip(compiled, canonical, strict=True)}
    for keyword in list(compiled):
        table = lemmas.get(keyword.lang)
        bases = lemma_bases(table) if table is not None else None
        for variant in term_variants(keyword.term, keyword.lang, english):
            forms = [keyword_forms(w, keyword.lang, table, bases) for w in variant]
            key = tuple(min(slot, key=lambda f: (len(f), f)) for slot in forms)
            if (keyword.code, key) in seen:
                continue
            seen.add((keyword.code, key))
            split = len(variant) > len(words(keyword.term))
            compiled.append(
                Keyword(
                    keyword.code,
                    keyword.lang,
                    keyword.term,
                    tuple(tuple(sorted(slot, key=lambda f: (-len(f), f))) for slot in forms),
                    keyword.weight,
                    len(compiled),
                    root=keyword.idx,
                    gap=0 if split else PHRASE_GAP,
                )
            )


class _Owned:
    """The entries of one code and language, in order, and where each form stands: for
    each (words in the term, word position, form), the positions of the entries whose slot
    there holds that form. A term then meets only the entries that share a form with it at
    every word, not every earlier term of its code (quadratic at 1,000 keywords a code)."""

    __slots__ = ("entries", "where")

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.where: dict[tuple[int, int, str], set[int]] = {}

    def first_sharing(self, forms: list[set[str]]) -> int | None:
        """The position of the first entry with as many words that shares a form with
        ``forms`` at every word, or None."""
        n = len(forms)
        common: set[int] | None = None
        for at, slot in enumerate(forms):
            here: set[int] = set()
            for form in slot:
                here |= self.where.get((n, at, form), set())
            common = here if common is None else common & here
            if not common:
                return None
        return min(common) if common else None

    def index(self, position: int, forms: Sequence[set[str]]) -> None:
        """Note where the entry at ``position`` holds each of ``forms``."""
        n = len(forms)
        for at, slot in enumerate(forms):
            for form in slot:
                self.where.setdefault((n, at, form), set()).add(position)


def _merge(
    entries: list[Entry],
    owned: _Owned,
    code: str,
    lang: str,
    term: str,
    forms: list[set[str]],
) -> None:
    """Add a term, or fold it into the first term of the code (``owned``: the entries of
    this code and language) it shares a form with at every word."""
    first = owned.first_sharing(forms)
    if first is not None:
        other = owned.entries[first][3]
        for slot, new in zip(other, forms, strict=True):
            slot |= new
        owned.index(first, forms)
        return
    entry = (code, lang, term, forms)
    entries.append(entry)
    owned.entries.append(entry)
    owned.index(len(owned.entries) - 1, forms)

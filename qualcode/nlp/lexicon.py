"""Keyword evidence: the codebook's terms found in a unit, compound- and inflection-aware.

Every keyword is compiled to a sequence of word forms (as written, and stemmed). A unit
matches a keyword when its words contain that sequence, each word matched on a form (by its
own stem or its lookup lemma's) or, for Swedish, with the form at the start or as the head
of a compound; one filler word may stand inside a phrase. Weights
are IDF-like twice over: a term several codes share weighs less than a code's own term,
and a term that turns up in a large share of the project's talk weighs less than a rare one.
Overlapping terms of one code (*placering*, *placeringskostnad* in one word) count once.

Negation does not cancel a match: every code of a turning-point codebook covers both ends
("ingen frågade oss" is the monologue end of mission dialogue), so a negated term is still
evidence, weighed a little lower and shown as negated so the coder sees it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from qualcode.nlp.compounds import english_parts
from qualcode.nlp.normalise import word_keys, words
from qualcode.nlp.variants import Keyword, compile_keywords
from qualcode.nlp.word_parts import compound_match

NEGATORS = {
    "sv": {"inte", "ej", "icke", "ingen", "inget", "inga", "aldrig", "utan", "varken"},
    "en": {"not", "no", "never", "without", "nobody", "nothing", "neither", "nor", "n't"},
}
NEGATION_SCOPE = 3  # words after a negator that it reaches
NEGATED_WEIGHT = 0.8
OTHER_LANGUAGE_WEIGHT = 0.5  # an English term in Swedish talk (or the reverse)
MATCH_CACHE_LIMIT = 500_000  # remembered (phrase word, token) pairs, about 60 MB at most


@dataclass(frozen=True, slots=True)
class Hit:
    """A keyword found in a unit, at word positions ``first..last``."""

    keyword: Keyword
    first: int
    last: int
    negated: bool


@dataclass(frozen=True, slots=True)
class Matches:
    """A unit's keyword hits and how they were found: each keyword's first-word position
    that matched (with its last word) or that ran out of words at the unit's end (None)."""

    lang: str
    tokens: list[str]
    starts: list[tuple[int, int, int | None]]  # (position, keyword index, last position)
    negators: list[int]  # positions of negating words
    hits: list[Hit]


class Lexicon:
    """Compiled keywords of a codebook, for both languages."""

    def __init__(
        self,
        keywords: Mapping[str, Mapping[str, Sequence[str]]],
        lemmas: Mapping[str, Mapping[str, str]] | None = None,
        english: Collection[str] | None = None,
        compiled: Sequence[Keyword] | None = None,
    ) -> None:
        """``keywords``: code key -> language -> terms; ``lemmas``: lookup tables per language;
        ``english``: the English words the terms' compounds split into, as a kept engine
        holds them (``compounds.english_parts``; None: asked of English's lookup table);
        ``compiled``: these terms' keywords as ``variants.compile_keywords`` gave them when
        the engine was fitted (a kept engine holds them: compiling them again, inflected
        spellings folded and English variants spelt out, cost every warm run 0.04 s)."""
        self.lemmas = lemmas or {}
        if english is None:
            english = english_parts(
                term for per_lang in keywords.values() for term in per_lang.get("en", ())
            )
        self.english_parts = frozenset(english)
        self.codes = list(keywords)
        self.source = keywords  # what the keywords were compiled from
        self.keywords = (
            list(compiled)
            if compiled is not None
            else compile_keywords(keywords, self.lemmas, self.english_parts)
        )
        self.idf = [1.0] * len(self.keywords)
        # first-word forms indexed whole and by their first three letters: a form can only
        # match inside a token that contains those letters, so few keywords are tried
        self._by_form: dict[str, set[int]] = {}
        self._by_gram: dict[str, set[int]] = {}
        for k in self.keywords:
            for form in k.forms[0]:
                self._by_form.setdefault(form, set()).add(k.idx)
                self._by_gram.setdefault(form[:3], set()).add(k.idx)
        self._token_cache: dict[str, _FirstHits] = {}  # per language: token -> keywords
        # a phrase's later words are tried on the words that follow each first-word match,
        # the same few pairs again and again over a corpus: remembered, they cost a lookup
        self._match_cache: dict[tuple[tuple[str, ...], str, str, bool], bool] = {}
        # and where a phrase starting at a word ends, by the keyword and the words after it
        # it can reach (fewer near a text's end, so the end is part of the key)
        self._rest_cache: dict[tuple[int, str, tuple[str, ...]], int | None] = {}

    # -- matching ------------------------------------------------------------------------

    def _firsts(self, lang: str) -> _FirstHits:
        """Per token, the keywords whose first word it matches (``_FirstHits``)."""
        table = self._token_cache.get(lang)
        if table is None:
            table = self._token_cache[lang] = _FirstHits(self, lang)
        return table

    def _first_hits_of(self, token: str, lang: str) -> tuple[int, ...]:
        keys = word_keys(token, lang, self.lemmas.get(lang))
        tried = {i for key in keys for i in self._by_form.get(key, ())}
        for g in {token[p : p + 3] for p in range(max(1, len(token) - 2))}:
            tried |= self._by_gram.get(g, set())
        return tuple(
            i for i in sorted(tried) if _first_word_matches(self.keywords[i], token, lang, keys)
        )

    def hits(self, text: str, lang: str) -> list[Hit]:
        """Every keyword occurrence in ``text`` (first occurrence of each keyword)."""
        return self.matches(text, lang).hits

    def matches(self, text: str, lang: str) -> Matches:
        """A unit's hits, with what a window joining it to its neighbours needs (``joined``)
        to find its own hits without matching the words again."""
        tokens = words(text)
        negators = _negators(tokens, lang)
        negated_at = _reach(negators, len(tokens))
        found: dict[int, Hit] = {}
        starts: list[tuple[int, int, int | None]] = []
        reach = len(tokens) - 1
        starting = enumerate(map(self._firsts(lang).__getitem__, tokens))
        for pos, first in [(pos, first) for pos, first in starting if first]:
            for i in first:
                keyword = self.keywords[i]
                if keyword.term_idx in found:
                    continue
                last = self._rest_of_phrase(keyword, tokens, pos, lang)
                if last is not None:
                    negated = any(p in negated_at for p in range(pos, last + 1))
                    found[keyword.term_idx] = Hit(keyword, pos, last, negated)
                    starts.append((pos, i, last))
                elif pos + (len(keyword.forms) - 1) * (keyword.gap + 1) > reach:
                    starts.append((pos, i, None))  # may end in the next unit: tried again
        return Matches(lang, tokens, starts, negators, list(found.values()))

    def joined(self, parts: Sequence[Matches], lang: str) -> list[Hit] | None:
        """The hits of the units' texts joined by spaces, from each unit's ``matches``: the
        same hits ``hits`` finds in the joined text (words never span a space), in the same
        order. A phrase that ran out of words at a unit's end is tried again on the joined
        words, and a negator's reach crosses into the next unit. None when a unit was
        matched in another language (its forms would differ): match the joined text then."""
        if any(m.lang != lang for m in parts):
            return None
        tokens: list[str] | None = None
        negators: list[int] = []
        offset = 0
        for m in parts:
            negators.extend(offset + p for p in m.negators)
            offset += len(m.tokens)
        negated_at = _reach(negators, offset)
        found: dict[int, Hit] = {}
        offset = 0
        for m in parts:
            for pos, i, last in m.starts:
                keyword = self.keywords[i]
                if keyword.term_idx in found:
                    continue
                at = offset + pos
                if last is None:
                    if tokens is None:
                        tokens = list(chain.from_iterable(part.tokens for part in parts))
                    end = self._rest_of_phrase(keyword, tokens, at, lang)
                    if end is None:
                        continue
                else:
                    end = offset + last
                negated = any(p in negated_at for p in range(at, end + 1))
                found[keyword.term_idx] = Hit(keyword, at, end, negated)
            offset += len(m.tokens)
        return list(found.values())

    def _rest_of_phrase(
        self, keyword: Keyword, tokens: list[str], pos: int, lang: str
    ) -> int | None:
        """Where a phrase that starts at ``pos`` ends, or None. Talk puts fillers inside
        phrases ("nobody *ever* asked", "ingen *som* frågade"), so one word may come
        between two of its words. Remembered by the words it can reach."""
        if len(keyword.forms) == 1:
            return pos
        span = (len(keyword.forms) - 1) * (keyword.gap + 1)
        key = (keyword.idx, lang, tuple(tokens[pos + 1 : pos + 1 + span]))
        if key in self._rest_cache:
            known = self._rest_cache[key]
            return None if known is None else pos + known
        end = self._phrase_end(keyword, tokens, pos, lang)
        if len(self._rest_cache) >= MATCH_CACHE_LIMIT:
            self._rest_cache.clear()
        self._rest_cache[key] = None if end is None else end - pos
        return end

    def _phrase_end(self, keyword: Keyword, tokens: list[str], pos: int, lang: str) -> int | None:
        at = pos
        last = len(keyword.forms) - 1
        for n, forms in enumerate(keyword.forms[1:], start=1):
            for step in range(1, keyword.gap + 2):
                if at + step < len(tokens) and self._word_matches(
                    forms, tokens[at + step], lang, compound=n == last
                ):
                    at += step
                    break
            else:
                return None
        return at

    def _word_matches(
        self, forms: tuple[str, ...], token: str, lang: str, compound: bool = True
    ) -> bool:
        key = (forms, token, lang, compound)
        known = self._match_cache.get(key)
        if known is not None:
            return known
        keys = word_keys(token, lang, self.lemmas.get(lang))
        if compound:
            found = any(compound_match(f, token, lang, keys) for f in forms)
        else:
            found = any(f in keys for f in forms)
        if len(self._match_cache) >= MATCH_CACHE_LIMIT:
            self._match_cache.clear()
        self._match_cache[key] = found
        return found

    # -- weighting -----------------------------------------------------------------------

    def fit_corpus(self, texts: Iterable[tuple[str, str]], min_units: int = 200) -> None:
        """Weigh terms by how common they are in a corpus of talk (an IDF factor). The
        suggestion engine does not call it: weighing by the project's own talk made scores
        depend on how much of the project is on topic.

        A term found in 3% of units keeps its weight; one found in 10% or more weighs
        0.6 to 0.65, a rare one up to 1.3. Small projects (fewer than ``min_units``) keep
        plain weights.
        """
        units = list(texts)
        if len(units) < min_units:
            self.idf = [1.0] * len(self.keywords)
            return
        df = [0] * len(self.keywords)
        for text, lang in units:
            for hit in self.hits(text, lang):
                df[hit.keyword.term_idx] += 1
        n = len(units)
        self.idf = [min(1.3, max(0.6, 1 + 0.3 * math.log(0.03 / max(d / n, 1 / n)))) for d in df]

    def scores(self, text: str, lang: str) -> dict[str, tuple[float, list[str], list[str]]]:
        """Per code: strength in [0, 1), the matched terms and the negated ones."""
        return self.weigh(self.hits(text, lang), lang)

    def weigh(
        self, hits: Sequence[Hit], lang: str
    ) -> dict[str, tuple[float, list[str], list[str]]]:
        """``scores`` of these hits (of a text in ``lang``).

        Overlapping hits of one code (a phrase and a word inside it, *placering* and
        *placeringskostnad*) count once, by the heaviest. A term of the other language
        that only overlaps one of the text's own is not named as evidence: a Swedish
        coder reading *stressad* is shown *stressad*, not also the English *stressed*.
        """
        per_code: dict[str, list[tuple[float, Hit]]] = {}
        for hit in hits:
            k = hit.keyword
            weight = k.weight * self.idf[k.term_idx]
            weight *= 1.0 if k.lang == lang else OTHER_LANGUAGE_WEIGHT
            weight *= NEGATED_WEIGHT if hit.negated else 1.0
            per_code.setdefault(k.code, []).append((weight, hit))
        result = {}
        for code, weighted in per_code.items():
            taken: set[int] = set()
            total = 0.0
            terms, negated = set(), set()
            for weight, hit in sorted(weighted, key=lambda wh: -wh[0]):
                span = set(range(hit.first, hit.last + 1))
                counted = not span & taken
                if not counted and hit.keyword.lang != lang:
                    continue  # *stressed* under *stressad*: the coder's own language names it
                terms.add(hit.keyword.term)
                if hit.negated:
                    negated.add(hit.keyword.term)
                if counted:
                    taken |= span
                    total += weight
            result[code] = (1.0 - math.exp(-0.5 * total), sorted(terms), sorted(negated))
        return result


def _first_word_matches(keyword: Keyword, token: str, lang: str, keys: set[str]) -> bool:
    """A one-word term may sit inside a compound; in a phrase only the last word may (the
    head of the phrase), so "nästa år" does not fire on "nästan tio år"."""
    if len(keyword.forms) > 1:
        return any(f in keys for f in keyword.forms[0])
    return any(compound_match(f, token, lang, keys) for f in keyword.forms[0])


def _negators(tokens: list[str], lang: str) -> list[int]:
    """Positions of negating words (Swedish: "inte", "ingen", "aldrig"...)."""
    negators = NEGATORS.get(lang, NEGATORS["en"])
    if lang != "en":  # only English contracts a negation into its verb
        return [i for i, negating in enumerate(map(negators.__contains__, tokens)) if negating]
    return [i for i, token in enumerate(tokens) if token in negators or token.endswith("n't")]


def _reach(negators: Iterable[int], count: int) -> set[int]:
    """Word positions (of ``count`` words) within reach of a negator at these positions."""
    out: set[int] = set()
    for i in negators:
        out.update(range(i + 1, min(count, i + 1 + NEGATION_SCOPE)))
    return out


class _FirstHits(dict[str, tuple[int, ...]]):
    """Token -> indices of the keywords its first word may start, for one language,
    computed on first use (a corpus has far fewer distinct words than running words)."""

    def __init__(self, lexicon: Lexicon, lang: str) -> None:
        super().__init__()
        self.lexicon, self.lang = lexicon, lang

    def __missing__(self, token: str) -> tuple[int, ...]:
        hits = self[token] = self.lexicon._first_hits_of(token, self.lang)
        return hits

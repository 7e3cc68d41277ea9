"""Keyword evidence: the codebook's terms found in a unit, compound- and inflection-aware.

Every keyword is compiled to a sequence of word forms (as written, stem, lookup lemma's
stem). A unit matches a keyword when its words contain that sequence, each word matched on
a form or, for Swedish, with the form at the start or as the head of a compound. Weights
are IDF-like twice over: a term several codes share weighs less than a code's own term,
and a term that turns up in a large share of the project's talk weighs less than a rare one.
Overlapping terms of one code (*placering*, *placeringskostnad* in one word) count once.

Negation does not cancel a match: every code of a turning-point codebook covers both ends
("ingen frågade oss" is the monologue end of mission dialogue), so a negated term is still
evidence, weighed a little lower and shown as negated so the coder sees it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from qualcode.nlp.normalise import compound_match, keyword_forms, word_keys, words

NEGATORS = {
    "sv": {"inte", "ej", "icke", "ingen", "inget", "inga", "aldrig", "utan", "varken"},
    "en": {"not", "no", "never", "without", "nobody", "nothing", "neither", "nor", "n't"},
}
NEGATION_SCOPE = 3  # words after a negator that it reaches
NEGATED_WEIGHT = 0.8
OTHER_LANGUAGE_WEIGHT = 0.5  # an English term in Swedish talk (or the reverse)


@dataclass(frozen=True, slots=True)
class Keyword:
    """One codebook term, compiled: per word, the forms it may be matched by."""

    code: str
    lang: str
    term: str
    forms: tuple[tuple[str, ...], ...]
    weight: float


@dataclass(frozen=True, slots=True)
class Hit:
    """A keyword found in a unit, at word positions ``first..last``."""

    keyword: Keyword
    first: int
    last: int
    negated: bool


class Lexicon:
    """Compiled keywords of a codebook, for both languages."""

    def __init__(
        self,
        keywords: Mapping[str, Mapping[str, Sequence[str]]],
        lemmas: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """``keywords``: code key -> language -> terms; ``lemmas``: lookup tables per language."""
        self.lemmas = lemmas or {}
        compiled: dict[tuple[str, str, tuple[tuple[str, ...], ...]], str] = {}
        for code, per_lang in keywords.items():
            for lang, terms in per_lang.items():
                for term in terms:
                    table = self.lemmas.get(lang)
                    forms = tuple(keyword_forms(w, lang, table) for w in words(term))
                    # inflected spellings of one term (arbetsmiljö, arbetsmiljön) count once
                    if forms:
                        compiled.setdefault((code, lang, forms), term)
        owners: dict[tuple[str, ...], set[str]] = {}
        for code, _lang, forms in compiled:
            owners.setdefault(tuple(f[0] for f in forms), set()).add(code)
        n_codes = max(len(keywords), 1)
        self.codes = list(keywords)
        self.keywords = [
            Keyword(
                code,
                lang,
                term,
                forms,
                # shared terms weigh less; phrases are more specific than single words
                math.log(1 + n_codes / len(owners[tuple(f[0] for f in forms)]))
                * (1 + 0.5 * (len(forms) - 1)),
            )
            for (code, lang, forms), term in compiled.items()
        ]
        self.idf = [1.0] * len(self.keywords)
        self._by_first: dict[str, list[int]] = {}
        self._token_cache: dict[tuple[str, str], tuple[int, ...]] = {}

    # -- matching ------------------------------------------------------------------------

    def _first_hits(self, token: str, lang: str) -> tuple[int, ...]:
        """Indices of keywords whose first word matches ``token``, memoised per token: a
        corpus has far fewer distinct words than running words, which keeps matching fast."""
        key = (token, lang)
        hits = self._token_cache.get(key)
        if hits is None:
            keys = word_keys(token, lang, self.lemmas.get(lang))
            hits = tuple(
                i
                for i, k in enumerate(self.keywords)
                if any(
                    f[:2] in token and compound_match(f, token, lang, keys) for f in k.forms[0]
                )
            )
            self._token_cache[key] = hits
        return hits

    def hits(self, text: str, lang: str) -> list[Hit]:
        """Every keyword occurrence in ``text`` (first occurrence of each keyword)."""
        tokens = words(text)
        negated_at = _negated_positions(tokens, lang)
        found: dict[int, Hit] = {}
        for pos, token in enumerate(tokens):
            for i in self._first_hits(token, lang):
                if i in found:
                    continue
                keyword = self.keywords[i]
                last = pos + len(keyword.forms) - 1
                if last < len(tokens) and all(
                    self._word_matches(keyword.forms[j], tokens[pos + j], lang)
                    for j in range(1, len(keyword.forms))
                ):
                    negated = any(p in negated_at for p in range(pos, last + 1))
                    found[i] = Hit(keyword, pos, last, negated)
        return list(found.values())

    def _word_matches(self, forms: tuple[str, ...], token: str, lang: str) -> bool:
        keys = word_keys(token, lang, self.lemmas.get(lang))
        return any(compound_match(f, token, lang, keys) for f in forms)

    # -- weighting -----------------------------------------------------------------------

    def fit_corpus(self, texts: Iterable[tuple[str, str]], min_units: int = 200) -> None:
        """Weigh terms by how common they are in the project's own talk (an IDF factor).

        A term found in 3% of units keeps its weight; one found in 10% weighs about 0.65,
        a rare one up to 1.3. Small projects (fewer than ``min_units``) keep plain weights.
        """
        units = list(texts)
        if len(units) < min_units:
            self.idf = [1.0] * len(self.keywords)
            return
        index = {id(k): i for i, k in enumerate(self.keywords)}
        df = [0] * len(self.keywords)
        for text, lang in units:
            for hit in self.hits(text, lang):
                df[index[id(hit.keyword)]] += 1
        n = len(units)
        self.idf = [
            min(1.3, max(0.4, 1 + 0.3 * math.log(0.03 / max(d / n, 1 / n)))) for d in df
        ]

    def scores(self, text: str, lang: str) -> dict[str, tuple[float, list[str], list[str]]]:
        """Per code: strength in [0, 1), the matched terms and the negated ones.

        Overlapping hits of one code (a phrase and a word inside it, *placering* and
        *placeringskostnad*) count once, by the heaviest.
        """
        index = {id(k): i for i, k in enumerate(self.keywords)}
        per_code: dict[str, list[tuple[float, Hit]]] = {}
        for hit in self.hits(text, lang):
            k = hit.keyword
            weight = k.weight * self.idf[index[id(k)]]
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
                terms.add(hit.keyword.term)
                if hit.negated:
                    negated.add(hit.keyword.term)
                if not span & taken:
                    taken |= span
                    total += weight
            result[code] = (1.0 - math.exp(-0.5 * total), sorted(terms), sorted(negated))
        return result


def _negated_positions(tokens: list[str], lang: str) -> set[int]:
    """Word positions within reach of a negator (Swedish: "inte", "ingen", "aldrig"...)."""
    negators = NEGATORS.get(lang, NEGATORS["en"])
    out: set[int] = set()
    for i, token in enumerate(tokens):
        if token in negators or (lang == "en" and token.endswith("n't")):
            out.update(range(i + 1, min(len(tokens), i + 1 + NEGATION_SCOPE)))
    return out

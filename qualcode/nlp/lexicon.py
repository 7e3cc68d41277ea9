"""Keyword evidence: the codebook's terms found in a unit, compound- and inflection-aware.

Every keyword is compiled to a sequence of stems. A unit matches a keyword when its words
contain that sequence (each word matched by stem, or for Swedish as part of a compound).
Terms that several codes share weigh less than a code's own terms.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qualcode.nlp.normalise import compound_match, stem, words


@dataclass(frozen=True, slots=True)
class Keyword:
    code: str
    lang: str
    term: str
    stems: tuple[str, ...]
    weight: float


class Lexicon:
    """Compiled keywords of a codebook, for both languages."""

    def __init__(self, keywords: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        """``keywords``: code key -> language -> terms."""
        compiled: list[tuple[str, str, str, tuple[str, ...]]] = []
        seen: set[tuple[str, str, tuple[str, ...]]] = set()
        for code, per_lang in keywords.items():
            for lang, terms in per_lang.items():
                for term in terms:
                    term_stems = tuple(stem(w, lang) for w in words(term))
                    # inflected forms of one term (arbetsmiljö, arbetsmiljön) count once
                    if term_stems and (code, lang, term_stems) not in seen:
                        seen.add((code, lang, term_stems))
                        compiled.append((code, lang, term, term_stems))
        owners: dict[tuple[str, ...], set[str]] = {}
        for code, _lang, _term, term_stems in compiled:
            owners.setdefault(term_stems, set()).add(code)
        n_codes = max(len(keywords), 1)
        self.keywords = [
            Keyword(
                code,
                lang,
                term,
                term_stems,
                # shared terms weigh less; phrases are more specific than single words
                math.log(1 + n_codes / len(owners[term_stems])) * (1 + 0.5 * (len(term_stems) - 1)),
            )
            for code, lang, term, term_stems in compiled
        ]
        self.codes = list(keywords)
        self._single = [k for k in self.keywords if len(k.stems) == 1]
        self._phrases = [k for k in self.keywords if len(k.stems) > 1]
        self._token_cache: dict[tuple[str, str], tuple[int, ...]] = {}

    def _token_hits(self, token: str, lang: str) -> tuple[int, ...]:
        """Indices of single-word keywords a token matches, memoised per token: a corpus
        has far fewer distinct words than running words, which keeps matching fast."""
        key = (token, lang)
        hits = self._token_cache.get(key)
        if hits is None:
            hits = tuple(
                i
                for i, k in enumerate(self._single)
                if k.stems[0][:2] in token and compound_match(k.stems[0], token, lang)
            )
            self._token_cache[key] = hits
        return hits

    def matches(self, text: str, lang: str) -> dict[str, list[Keyword]]:
        """Keywords found in ``text`` per code (each term counted once)."""
        tokens = words(text)
        found: dict[str, list[Keyword]] = {}
        hit_ids = {i for token in tokens for i in self._token_hits(token, lang)}
        for i in sorted(hit_ids):
            keyword = self._single[i]
            found.setdefault(keyword.code, []).append(keyword)
        if self._phrases:
            present = {stem(t, lang) for t in tokens} | set(tokens)
            for keyword in self._phrases:
                if keyword.stems[0] in present and _contains(tokens, keyword.stems, lang):
                    found.setdefault(keyword.code, []).append(keyword)
        return found

    def scores(self, text: str, lang: str) -> dict[str, tuple[float, list[str]]]:
        """Per code: strength in [0, 1) and the matched terms."""
        result = {}
        for code, hits in self.matches(text, lang).items():
            own = sum(k.weight for k in hits if k.lang == lang)
            other = sum(k.weight for k in hits if k.lang != lang) * 0.5
            strength = 1.0 - math.exp(-0.5 * (own + other))
            result[code] = (strength, sorted({k.term for k in hits}))
        return result


def _contains(tokens: list[str], term: tuple[str, ...], lang: str) -> bool:
    n = len(term)
    if n == 1:
        return any(compound_match(term[0], t, lang) for t in tokens)
    for i in range(len(tokens) - n + 1):
        if all(
            (stem(tokens[i + j], lang) == term[j] or tokens[i + j] == term[j])
            if j < n - 1
            else compound_match(term[j], tokens[i + j], lang)
            for j in range(n)
        ):
            return True
    return False

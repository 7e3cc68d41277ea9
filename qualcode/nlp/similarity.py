"""Similarity of units to what describes each code: its examples, definition and coded talk.

Character n-gram TF-IDF (``char_wb``, 3 to 5 letters) matches inflections and the parts of
Swedish compounds without a stemmer, and partly crosses between Swedish and English
(*organisation*, *budget*, *mentor*). The vectoriser's IDF comes from the codebook plus a
sample of the project's own talk, so n-grams every sentence of an interview has weigh
little. A code's *profile* is its examples in both languages, its definition and inclusion
criteria, and (when a team has coded) the passages coders gave it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qualcode.model import Code

PROFILE_KINDS = ("example", "definition", "coded")


@dataclass(frozen=True, slots=True)
class ProfileItem:
    """One passage that describes a code."""

    code: str
    lang: str
    kind: str  # example | definition | coded
    text: str


def codebook_profile(codes: Sequence[Code]) -> list[ProfileItem]:
    """Examples and definition + inclusion text of every code, in both languages."""
    items: list[ProfileItem] = []
    for code in codes:
        for lang in sorted(set(code.examples) | set(code.definitions) | set(code.inclusion)):
            for example in code.examples.get(lang, ()):
                items.append(ProfileItem(code.key, lang, "example", example))
            described = " ".join(
                part
                for part in (code.definitions.get(lang), code.inclusion.get(lang))
                if part
            )
            if described:
                items.append(ProfileItem(code.key, lang, "definition", described))
    return items


def char_vectorizer(corpus: Sequence[str]) -> object:
    """A character n-gram TF-IDF vectoriser fitted on ``corpus`` (profiles + talk)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        sublinear_tf=True,
        min_df=1,
        lowercase=True,
        dtype=np.float32,
    )
    vectorizer.fit(list(corpus) or ["tom"])
    return vectorizer


class ProfileSimilarity:
    """Cosine of units to each code's profile items, summarised per code.

    For each (unit, code): the best example or coded passage (``best``), the mean of the
    best two (``top2``, steadier than one lucky match) and the definition (``definition``),
    plus which item was nearest, for the evidence a coder sees.
    """

    def __init__(self, codes: Sequence[str], items: Sequence[ProfileItem], vectorizer: object):
        self.codes = list(codes)
        self.items = list(items)
        self.vectorizer = vectorizer
        self.matrix = vectorizer.transform([i.text for i in self.items]) if self.items else None  # type: ignore[attr-defined]
        owners = np.array([i.code for i in self.items])
        kinds = np.array([i.kind for i in self.items])
        self._passages = [
            np.nonzero((owners == c) & (kinds != "definition"))[0] for c in self.codes
        ]
        self._definitions = [
            np.nonzero((owners == c) & (kinds == "definition"))[0] for c in self.codes
        ]

    def score(self, vectors: object, exclude: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """``best``, ``top2``, ``definition`` and ``nearest`` arrays (units x codes).

        ``exclude`` (units x items, bool) hides items from units: an example must not be
        compared with itself when the codebook is scored to calibrate.
        """
        n = vectors.shape[0]  # type: ignore[attr-defined]
        k = len(self.codes)
        out = {name: np.zeros((n, k), dtype=np.float32) for name in ("best", "top2", "definition")}
        out["nearest"] = np.full((n, k), -1, dtype=np.int64)
        if self.matrix is None or n == 0:
            return out
        cos = np.asarray((vectors @ self.matrix.T).toarray(), dtype=np.float32)  # type: ignore[operator]
        if exclude is not None:
            cos[exclude] = 0.0
        return fill_profile_scores(cos, self._passages, self._definitions, out)


def fill_profile_scores(
    cos: np.ndarray,
    passages: Sequence[np.ndarray],
    definitions: Sequence[np.ndarray],
    out: dict[str, np.ndarray],
) -> dict[str, np.ndarray]:
    """Summarise a units x items similarity matrix per code (shared with embeddings)."""
    for j, cols in enumerate(passages):
        if len(cols):
            block = cos[:, cols]
            out["nearest"][:, j] = cols[block.argmax(axis=1)]
            if len(cols) >= 2:
                top = np.partition(block, len(cols) - 2, axis=1)[:, -2:]
                out["best"][:, j] = top.max(axis=1)
                out["top2"][:, j] = top.mean(axis=1)
            else:
                out["best"][:, j] = out["top2"][:, j] = block[:, 0]
        if len(definitions[j]):
            out["definition"][:, j] = cos[:, definitions[j]].max(axis=1)
    return out

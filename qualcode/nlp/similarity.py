"""Similarity of units to what describes each code: its examples, definition and coded talk.

Character n-gram TF-IDF (``char_wb``, 3 to 5 letters) matches inflections and the parts of
Swedish compounds without a stemmer, and partly crosses between Swedish and English
(*organisation*, *budget*, *mentor*). The vectoriser's IDF comes from the codebook plus
the bundled no-code talk (never the project's), so n-grams of everyday talk weigh little
and a unit scores the same whatever else the project holds. A code's *profile* is its
examples in both languages, its definition and inclusion criteria, and (when a team has
coded) the passages coders gave it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qualcode.model import Code
from qualcode.nlp.charvec import CharVectorizer

# "further": a codebook's further example (model.Code.further_examples), read as an example
# when units are scored, never a row the engine is fitted on (learn.py)
PROFILE_KINDS = ("example", "further", "definition", "coded")
# How many passages coders must give a code before they count fully as evidence of it (in
# the similarity and in the learned model; ``coded_trust``); fewer count that share of the
# way. Chosen on the development sets (benchmarks/SUGGEST.md, "Stop 19"): at full weight
# one accepted passage of a page put its code on most sentences of that page, sharing its
# words with every one of them; a passage then counts a third, and few-shot with three or
# more passages per code is what it was (five, or n / (n + 4), cost real8dev-sv 0.05 at 3).
SUPPORT_FULL = 3


@dataclass(frozen=True, slots=True)
class ProfileItem:
    """One passage that describes a code."""

    code: str
    lang: str
    kind: str  # example | further | definition | coded
    text: str


def codebook_profile(codes: Sequence[Code]) -> list[ProfileItem]:
    """Examples (further ones too) and definition + inclusion text of every code, in both
    languages."""
    items: list[ProfileItem] = []
    for code in codes:
        said = set(code.examples) | set(code.further_examples)
        for lang in sorted(said | set(code.definitions) | set(code.inclusion)):
            for example in code.examples.get(lang, ()):
                items.append(ProfileItem(code.key, lang, "example", example))
            for example in code.further_examples.get(lang, ()):
                items.append(ProfileItem(code.key, lang, "further", example))
            described = " ".join(
                part for part in (code.definitions.get(lang), code.inclusion.get(lang)) if part
            )
            if described:
                items.append(ProfileItem(code.key, lang, "definition", described))
    return items


def coded_trust(codes: Sequence[str], items: Sequence[ProfileItem]) -> np.ndarray:
    """Per code, how far the passages coders gave it count: n / SUPPORT_FULL (at most all)
    of the way from what the codebook alone says to what they say, n being how many.

    One coded passage is one reading of one text: it shares its words (its document's
    subject, register and names) with every sentence around it, so on its own it would
    "explain" them all. A few similar sentences may rise after one acceptance; as passages
    of the code gather from more text, they speak for the code more fully."""
    counts = {c: 0 for c in codes}
    for item in items:
        if item.kind == "coded" and item.code in counts:
            counts[item.code] += 1
    n = np.array([counts[c] for c in codes], dtype=np.float64)
    return np.minimum(n / SUPPORT_FULL, 1.0)


def char_vectorizer(corpus: Sequence[str]) -> CharVectorizer:
    """A character n-gram TF-IDF vectoriser fitted on ``corpus`` (profiles + talk)."""
    return CharVectorizer.fit(corpus)


@dataclass(frozen=True, slots=True)
class Columns:
    """Per code, the indices of its profile items by role."""

    passages: list[np.ndarray]  # examples and coded passages
    definitions: list[np.ndarray]

    @classmethod
    def of(cls, codes: Sequence[str], items: Sequence[ProfileItem], coded: bool = True) -> Columns:
        """``coded`` False: the codebook's own passages only (no coder's)."""
        owners = np.array([i.code for i in items])
        kinds = np.array([i.kind for i in items])
        passage = (kinds != "definition") & (coded | (kinds != "coded"))
        return cls(
            [np.nonzero((owners == c) & passage)[0] for c in codes],
            [np.nonzero((owners == c) & (kinds == "definition"))[0] for c in codes],
        )


def summarise(
    cos: np.ndarray, exclude: np.ndarray | None, columns: Columns, prefix: str
) -> dict[str, np.ndarray]:
    """Per code: best passage (example or coded), mean of the best two, definition, and
    the index of the nearest passage for the evidence."""
    if exclude is not None:
        cos = np.where(exclude, 0.0, cos).astype(np.float32)
    n, k = cos.shape[0], len(columns.passages)
    out = {name: np.zeros((n, k), dtype=np.float32) for name in ("best", "top2", "definition")}
    out["nearest"] = np.full((n, k), -1, dtype=np.int64)
    for j, cols in enumerate(columns.passages):
        if len(cols):
            block = cos[:, cols]
            out["nearest"][:, j] = cols[block.argmax(axis=1)]
            top = np.partition(block, len(cols) - 2, axis=1)[:, -2:] if len(cols) > 1 else block
            out["best"][:, j] = top.max(axis=1)
            out["top2"][:, j] = top.mean(axis=1)
        if len(columns.definitions[j]):
            out["definition"][:, j] = cos[:, columns.definitions[j]].max(axis=1)
    return {prefix + name: block for name, block in out.items()}

"""Character n-gram TF-IDF in numpy and scipy, without scikit-learn.

The same weighting as scikit-learn's ``TfidfVectorizer(analyzer="char_wb",
ngram_range=(3, 5), sublinear_tf=True, lowercase=True)`` with smoothed IDF and unit rows:
n-grams of each whitespace-separated word padded with one space on each side, counts
damped to ``1 + log(count)``, weighted by ``log((1 + n) / (1 + df)) + 1`` and scaled to
length one. Written here because a fitted vectoriser must be kept in the project as plain
data (its n-grams as JSON, its weights as a number array) and read back in a process that
never imports scikit-learn: that import alone cost two seconds of every suggestion run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Protocol

import numpy as np

_SPACES = re.compile(r"\s\s+")
# A transcriber's marks say how something was said, not what: "[skratt]", "(paus)",
# "[inaudible]", a time stamp "[00:42:37]". As n-grams they made a short sentence resemble
# every other one that carries the same mark, so a coded passage ending in "[skratt]"
# lent its code to the next laugh. A bracket is dropped when it holds only such words (an
# editor's insertion in a quote, "[for Education]", or "(SoL)" in a plan, stays).
_BRACKET = re.compile(r"[\[(]([^\[\]()]{1,40})[\])]")
_MARKS = (
    "skratt skrattar skratta skrattet fnissar ler gråter suckar suck harklar hostar "
    "paus pausar lång långt kort tystnad ohörbart ohörbar otydligt oklart avbrott "
    "avbryter namn ort laughs laughing laughter laugh pause pauses long short "
    "inaudible unclear crosstalk sighs sigh silence coughs cough interruption "
    "interrupts smiles cries overlapping name place"
)
_MARK_WORDS = frozenset(_MARKS.split())
_STAMP = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _mark(found: re.Match[str]) -> str:
    inside = found.group(1).strip()
    words = re.split(r"[\s,;/]+", inside.lower())
    if _STAMP.fullmatch(inside) or (words and all(w in _MARK_WORDS for w in words)):
        return " "
    return found.group(0)


def without_marks(text: str) -> str:
    """``text`` without a transcriber's marks: what its n-grams and similarity are read on."""
    if "[" not in text and "(" not in text:
        return text
    return _BRACKET.sub(_mark, text)


WORD_CACHE_LIMIT = 200_000  # words whose n-gram columns are remembered per vectoriser


def char_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """The n-grams of every word of ``text`` (lower-cased), each word padded with spaces."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", without_marks(text).lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if n > size:
                if n == low:
                    grams.append(padded)  # shorter than every n: the whole padded word
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


class Rows(Protocol):
    """TF-IDF rows as ``transform`` returns them (a scipy CSR matrix): what the scorers use
    of one. scipy ships no type hints; this names the few operations relied on."""

    @property
    def shape(self) -> tuple[int, int]: ...

    @property
    def T(self) -> Rows: ...

    def __getitem__(self, rows: np.ndarray) -> Rows: ...

    def __matmul__(self, other: Rows) -> Rows: ...

    def toarray(self) -> np.ndarray: ...

    @property
    def data(self) -> np.ndarray: ...

    @property
    def indices(self) -> np.ndarray: ...

    @property
    def indptr(self) -> np.ndarray: ...


class CharVectorizer:
    """Fitted vocabulary (n-gram -> column) and IDF weights; ``transform`` gives CSR rows."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, low: int = 3, high: int = 5):
        self.terms = list(vocabulary)
        self.vocabulary_ = {t: i for i, t in enumerate(self.terms)}
        self.idf_ = np.asarray(idf, dtype=np.float32).reshape(-1)
        self.low, self.high = low, high
        self._word_columns = _WordColumns(self)
        if len(self.idf_) != len(self.terms):
            raise ValueError("a vectoriser needs one IDF weight per n-gram")

    def _columns_of(self, word: str) -> tuple[int, ...]:
        """The vocabulary columns of a (lower-cased) word's n-grams, in n-gram order."""
        index = self.vocabulary_
        return tuple(
            j
            for j in (index.get(g) for g in char_ngrams(word, self.low, self.high))
            if j is not None
        )

    @classmethod
    def fit(cls, corpus: Iterable[str], low: int = 3, high: int = 5) -> CharVectorizer:
        texts = list(corpus) or ["tom"]
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(char_ngrams(text, low, high)))
        terms = sorted(df)
        counts = np.array([df[t] for t in terms], dtype=np.float64)
        idf = np.log((1 + len(texts)) / (1 + counts)) + 1.0
        return cls(terms, idf.astype(np.float32), low, high)

    def transform(self, texts: Sequence[str]) -> Rows:
        """Unit-length TF-IDF rows (a float32 CSR matrix, texts x n-grams)."""
        from qualcode.nlp.sparse import csr_matrix

        indptr = [0]
        indices: list[int] = []
        values: list[float] = []
        columns = self._word_columns.__getitem__
        for text in texts:
            # str.split() parts at runs of white space, as the fitted n-grams' words were
            words = without_marks(text).lower().split()
            counts = Counter(chain.from_iterable(map(columns, words)))
            indices.extend(counts)
            values.extend(counts.values())
            indptr.append(len(indices))
        data: np.ndarray = np.asarray(values, dtype=np.float32)
        cols = np.asarray(indices, dtype=np.int32)
        if len(data):
            data = (1.0 + np.log(data)) * self.idf_[cols]
        rows = np.asarray(indptr, dtype=np.int64)
        owner = np.repeat(np.arange(len(texts)), np.diff(rows))
        squares = np.bincount(owner, weights=data.astype(np.float64) ** 2, minlength=len(texts))
        norms = np.sqrt(squares)
        if len(data):
            data = data / norms[owner].astype(np.float32)
        shape = (len(texts), len(self.terms))
        return csr_matrix((data.astype(np.float32), cols, rows), shape=shape)


DENSE_FROM = 4096  # units in one call from which ``Compared`` multiplies by a dense block


class Compared:
    """Fixed TF-IDF rows (a profile's passages, the bundled no-code talk) that every unit is
    compared with; many units at once against a dense block of the n-gram columns those
    rows use (n-grams x rows), built on first such use.

    scipy's sparse-by-sparse product counted each unit's products twice over (a first pass
    for their number, a second for their values) and built a sparse result only to make it
    dense again: a third of a large project's suggestion CPU. Against a dense block it adds
    the same products (each of the unit's n-grams times the fixed rows' weights) in the
    same order, the unit's own, in float32 as before, so every cosine is the same number to
    the last bit; an n-gram no fixed row has adds nothing either way and is dropped first.
    The block (about 40 MB for the demo's profile) pays for itself from a few thousand
    units: a document or two, as a warm ``qualcode suggest DOC`` scores, keep the sparse
    product, and a peak no higher than before.
    """

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self._place: np.ndarray | None = None
        self._block: np.ndarray | None = None

    def _dense(self) -> tuple[np.ndarray, np.ndarray]:
        if self._place is None or self._block is None:
            rows = self.rows
            count, width = rows.shape
            used = np.unique(rows.indices)
            self._place = np.full(width, -1, dtype=np.int64)
            self._place[used] = np.arange(len(used))
            owner = np.repeat(np.arange(count), np.diff(rows.indptr))
            self._block = np.zeros((len(used), count), dtype=np.float32)
            self._block[self._place[rows.indices], owner] = rows.data
        return self._place, self._block

    def cosines(self, units: Rows, dense: bool | None = None) -> np.ndarray:
        """Units x fixed rows: each unit's row times each fixed row (float32); ``dense``
        None: by the dense block from ``DENSE_FROM`` units on, else by the sparse product
        (the same numbers either way)."""
        from qualcode.nlp.sparse import csr_matrix

        if not (units.shape[0] >= DENSE_FROM if dense is None else dense):
            return np.asarray((units @ self.rows.T).toarray(), dtype=np.float32)
        place, block = self._dense()
        at = place[units.indices]
        kept = at >= 0
        ends = np.concatenate(([0], np.cumsum(kept)))[units.indptr]
        shape = (units.shape[0], block.shape[0])
        narrow = csr_matrix((units.data[kept], at[kept].astype(np.int32), ends), shape=shape)
        out: np.ndarray = np.asarray(narrow @ block, dtype=np.float32)
        return out


class _WordColumns(dict[str, tuple[int, ...]]):
    """Word -> its n-gram columns, computed on first use and remembered: talk repeats its
    words, so over a large project most words are looked up once (capped)."""

    def __init__(self, vectorizer: CharVectorizer) -> None:
        super().__init__()
        self.vectorizer = vectorizer

    def __missing__(self, word: str) -> tuple[int, ...]:
        found = self.vectorizer._columns_of(word)
        if len(self) >= WORD_CACHE_LIMIT:
            self.clear()
        self[word] = found
        return found

"""The scorers behind suggestions, each behind one small ``Scorer`` protocol.

A scorer turns a batch of units into named feature blocks (units x codes) plus what a
coder should see as evidence. The ensemble (``qualcode.nlp.suggest``) stacks the blocks
and calibrates them; a new scorer (say, a trained spaCy text classifier) only has to
speak this protocol.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np

from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.charvec import Compared
from qualcode.nlp.lexicon import Lexicon, Matches
from qualcode.nlp.similarity import Columns, ProfileItem, coded_trust, summarise
from qualcode.who_asks import plainly_asking

if TYPE_CHECKING:
    from qualcode.nlp.charvec import CharVectorizer, Rows

BACKGROUND_TEXTS = [t for texts in BACKGROUND.values() for t in texts]

# Chosen on benchmarks/data (SUGGEST.md): from 0.5 to 0.4, macro-F1 rises or holds in both
# languages, with and without the semantic tier, while the share of talk fitting no code
# that gets a suggestion stays at 13-21%, under the quarter a team will tolerate. It lives
# here, below both the ensemble and the context rules, so that each reads the one value.
DEFAULT_THRESHOLD = 0.4


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence unit offered for suggestion."""

    document_id: str
    start: int
    end: int
    text: str
    lang: str
    interviewer: bool = False
    turn: int = -1  # the speaker turn it belongs to (-1: unknown, no context used)
    spoken: bool = False  # its turn has a speaker (a transcript), not a paragraph of prose


def is_interviewer(speaker: str, named: str = "", labels: Sequence[str] = ()) -> bool:
    """Is this turn's speaker the interviewer ("I", "Intervjuare", "Interviewer 2",
    "Intervjuare Maria", "I (Lena)", or the person the document's ``interviewer`` attribute
    names)? Their questions get no code. ``labels`` are the document's speaker labels: with
    "I:" asking "Lena:" and the attribute "Lena", Lena is the participant, as the exports
    have it (``who_asks.plainly_asking``); read alone, a label the attribute names was the
    interviewer's and her answers got no suggestion in the benchmarks while a project
    suggested on them. A project also takes the labels it reads off the turns
    (``Project.interviewer_labels``)."""
    document = [*labels, speaker] if speaker not in labels else list(labels)
    return speaker in plainly_asking(document, named)


@dataclass(slots=True)
class Batch:
    """Units being scored, with what several scorers share (computed once)."""

    candidates: Sequence[Candidate]
    char_vectors: Rows | None = None  # the units' character n-gram TF-IDF rows
    # units x profile items the unit must not be compared with (itself, when calibrating)
    exclude: np.ndarray | None = None
    # sentence embeddings given by the caller (a window's: its units' mean), else computed
    passage_vectors: np.ndarray | None = None
    # for windows: each one's units (indices into ``unit_matches``) and those units' keyword
    # matches, so a window's keywords come from its units' instead of matching again
    members: Sequence[Sequence[int]] | None = None
    unit_matches: Sequence[Matches] | None = None

    def embedded(self, embed: Callable[[Sequence[str], str], np.ndarray]) -> np.ndarray:
        """The units' sentence embeddings: the ones given, else computed (and kept here,
        so every scorer of the batch asks the embedder once)."""
        if self.passage_vectors is None:
            vectors = embed([c.text for c in self.candidates], "passage")
            self.passage_vectors = np.asarray(vectors, dtype=np.float32)
        return self.passage_vectors

    def rows(self) -> Rows:
        """The TF-IDF rows the character scorers need (a batch for embeddings only has none)."""
        if self.char_vectors is None:
            raise ValueError("this batch was made without character n-gram rows")
        return self.char_vectors


# (unit, code) -> (keywords matched, keywords negated)
Terms = dict[tuple[int, int], tuple[list[str], list[str]]]


@dataclass(slots=True)
class Scores:
    """Feature blocks (units x codes) and what a coder is shown as evidence of them."""

    features: dict[str, np.ndarray]
    terms: Terms = field(default_factory=dict)  # the lexicon's keywords per (unit, code)
    char_vectors: Rows | None = None  # the units' TF-IDF rows (the ensemble's penalty)
    filled: np.ndarray | None = None  # units x codes raised by a gap between two passages
    passage_vectors: np.ndarray | None = None  # the units' sentence embeddings (semantic tier)
    alone: np.ndarray | None = None  # units x codes: each unit's probability on its own
    around: np.ndarray | None = None  # units x codes: its window's (0 where it has none)
    lifted: np.ndarray | None = None  # units x codes raised by their window (``context``)
    passage: np.ndarray | None = None  # units x codes raised by their paragraph's passage
    followed: np.ndarray | None = None  # units x codes: a paper's point they go on with
    led: np.ndarray | None = None  # units x codes: a list's items raised by their lead-in
    matches: list[Matches] | None = None  # the units' keyword matches (``LexiconScorer``)

    def rows(self) -> Rows:
        """The units' TF-IDF rows, which the ensemble's components always carry."""
        if self.char_vectors is None:
            raise ValueError("these scores were made without character n-gram rows")
        return self.char_vectors


class Scorer(Protocol):
    """Anything that scores units against codes."""

    name: str

    def score(self, batch: Batch) -> Scores:
        """Feature blocks for the batch, each units x codes, larger meaning more fitting."""
        ...


class LexiconScorer:
    """Codebook keywords found in the unit (stems, compounds, IDF-weighted)."""

    name = "lexicon"

    def __init__(self, codes: Sequence[str], lexicon: Lexicon) -> None:
        self.codes = list(codes)
        self.lexicon = lexicon
        self._col = {c: j for j, c in enumerate(self.codes)}

    def score(self, batch: Batch) -> Scores:
        n, k = len(batch.candidates), len(self.codes)
        lex = np.zeros((n, k), dtype=np.float32)
        terms: Terms = {}
        lexicon = self.lexicon
        members, units = batch.members, batch.unit_matches
        kept: list[Matches] = []
        for i, cand in enumerate(batch.candidates):
            hits = None
            if members is not None and units is not None:  # a window: its units' texts
                hits = lexicon.joined([units[m] for m in members[i]], cand.lang)
            if hits is None:
                matches = lexicon.matches(cand.text, cand.lang)
                kept.append(matches)
                hits = matches.hits
            for code, (strength, matched, negated) in lexicon.weigh(hits, cand.lang).items():
                j = self._col.get(code)
                if j is not None:
                    lex[i, j] = strength
                    terms[(i, j)] = (matched, negated)
        return Scores({"lex": lex}, terms=terms, matches=kept if members is None else None)


class CharScorer:
    """Character n-gram similarity to each code's examples, definition and coded passages."""

    name = "similarity"

    def __init__(
        self, codes: Sequence[str], items: Sequence[ProfileItem], vectorizer: CharVectorizer
    ):
        self.codes = list(codes)
        self.items = list(items)
        self.vectorizer = vectorizer
        texts = [i.text for i in self.items]
        self.matrix = vectorizer.transform(texts) if texts else None
        self.background = vectorizer.transform(BACKGROUND_TEXTS)
        self._profile = None if self.matrix is None else Compared(self.matrix)
        self._background = Compared(self.background)
        self.columns = Columns.of(self.codes, self.items)
        self.trust = coded_trust(self.codes, self.items)
        self.codebook_columns = Columns.of(self.codes, self.items, coded=False)

    def score(self, batch: Batch) -> Scores:
        if self._profile is None:  # a codebook with no examples or definitions yet
            cos = np.zeros((len(batch.candidates), 0), dtype=np.float32)
        else:
            cos = self._profile.cosines(batch.rows())
        blocks = summarise(cos, batch.exclude, self.columns, "char_")
        part = np.nonzero((self.trust > 0) & (self.trust < 1))[0]
        if len(part):  # coders' passages count as far as their number supports
            alone = summarise(cos, batch.exclude, self.codebook_columns, "char_")
            trust = self.trust[part].astype(np.float32)
            for name in ("char_best", "char_top2"):
                full = blocks[name]
                full[:, part] = alone[name][:, part] + trust * (
                    full[:, part] - alone[name][:, part]
                )
        near = self._background.cosines(batch.rows())
        blocks["char_over_background"] = over_background(blocks["char_best"], near, batch)
        return Scores(blocks)


class SemanticScorer:
    """Sentence-embedding similarity (optional tier) to the same profile items."""

    name = "semantic"

    def __init__(
        self,
        codes: Sequence[str],
        items: Sequence[ProfileItem],
        embed: Callable[[Sequence[str], str], np.ndarray],
    ) -> None:
        self.codes = list(codes)
        self.items = list(items)
        self.embed = embed
        texts = [i.text for i in self.items]
        # A codebook of names alone has no items: nothing to embed (reshape of 0 fails).
        self.matrix = (
            embed(texts, "query").reshape(len(texts), -1)
            if texts
            else np.zeros((0, 0), dtype=np.float32)
        )
        self.background = embed(BACKGROUND_TEXTS, "query").reshape(len(BACKGROUND_TEXTS), -1)
        self.columns = Columns.of(self.codes, self.items)

    def score(self, batch: Batch) -> Scores:
        vectors = batch.embedded(self.embed)
        if len(self.items) == 0:
            cos = np.zeros((len(batch.candidates), 0), dtype=np.float32)
        else:
            cos = (vectors @ self.matrix.T).astype(np.float32)
        blocks = summarise(cos, batch.exclude, self.columns, "sem_")
        near = (vectors @ self.background.T).astype(np.float32)
        blocks["sem_over_background"] = over_background(blocks["sem_best"], near, batch)
        return Scores(blocks)


def over_background(best: np.ndarray, near: np.ndarray, batch: Batch) -> np.ndarray:
    """Each code's best similarity minus the unit's similarity to the nearest passages of
    the bundled no-code talk (mean of the two nearest, a unit's own text left out).

    Raw similarity depends on style: real policy prose or a Riksdag speech is further from
    the codebook's examples than the examples are from each other, so a raw cut-off tuned on
    the codebook abstains on real text. Both the examples and the no-code talk are written
    in the same registers, so the *difference* says whether a unit is nearer to talk about a
    turning point than to on-topic talk that fits no code, whatever its style.
    """
    if near.shape[1] == 0:
        return best.copy()
    index = {t: m for m, t in enumerate(BACKGROUND_TEXTS)}
    for r, cand in enumerate(batch.candidates):
        m = index.get(cand.text)
        if m is not None:
            near[r, m] = -1.0  # a background passage is not compared with itself
    if near.shape[1] > 1:  # the two largest, in sorted order, without sorting whole rows
        top = np.partition(near, near.shape[1] - 2, axis=1)[:, -2:].mean(axis=1)
    else:
        top = near[:, 0]
    return best - top[:, None]

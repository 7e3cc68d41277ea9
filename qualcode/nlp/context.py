"""A sentence read in its paragraph: the window of neighbouring units in the same turn.

A coder reads "Det leder till att kostnaderna flyttas." inside a passage about long-term
economics and codes it with the passage; on its own it carries no evidence. So each unit
is also scored as its *window*: the units around it in the same speaker turn (or paragraph,
for prose without speakers). A window never crosses a turn: an interviewer's question,
another speaker or the next paragraph is not the context of what was said, and
interviewer turns get no window at all (they get no code either).

The window is scored by the same scorers and the same calibrated stacker as a unit, so its
probability means what a unit's does, and the two are combined (``combine``). Its vectors
are the means of its units' vectors (character n-grams normalised; sentence embeddings,
with the semantic tier, only partly: ``WINDOW_NORM_POWER``): no text is embedded twice, so
the background embedding and a warm run cost what they did without context.

Which written units are no statement at all (headings, lead-ins, contents, contact
blocks) is ``headings.py``'s question; it reads paragraphs by ``turn_spans`` too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from qualcode.nlp.lines import lines
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate

if TYPE_CHECKING:
    from qualcode.nlp.charvec import Rows

# Chosen on the development sets only (benchmarks/SUGGEST.md, "Context inside a turn"):
# one unit either side; a window fitting a code better than its unit lifts the unit by
# CONTEXT_WEIGHT of the difference. Wider windows, the whole turn, or more weight found a
# few more coded sentences but flagged a quarter to a half of the no-code ones on real prose.
WINDOW: int | None = 1  # None: no context (an evaluation's "before")
CONTEXT_WEIGHT = 0.2
# A paragraph (a turn) in which at least PASSAGE_SHARE of the units fit one code, with the
# median of those at PASSAGE_FLOOR or more, is a passage about that code: every unit of it
# gets PASSAGE_FACTOR of that median (``passages``). Chosen on the development sets only
# (benchmarks/SUGGEST.md, "Stop 15"); a share of a third or less, or no floor, spread codes
# over a quarter of the no-code sentences of sentence-labelled policy prose.
PASSAGE_SHARE = 0.4
PASSAGE_FLOOR = 0.8
PASSAGE_FACTOR = 0.9
PASSAGE_MIN_UNITS = 3
# In a document that reports a study (``frame.study_documents``: it tells how its material
# was gathered), research prose its readers code by passage, the share also counts a unit
# whose window fits the code at STUDY_WINDOW or more (an abstract's finding lends the short
# sentences that explain it their window), and no unit is held back as ``apart``: its method
# sentences are zeroed as frame anyway, and what is left apart is mostly a finding in plain
# words (a factor ranked third in a survey of what keeps staff). Chosen on the development
# sets only (benchmarks/SUGGEST.md, "Stop 44, engine44"): real6dev 0.773 -> 0.808, real8dev
# 0.715 -> 0.742, no other set moved; 0.8 to 0.95 give the same decisions but one. Read on
# every written text, the same lift cost the sentence-coded policy sets (realdev 0.632 ->
# 0.576). Its cost: a report's own lines in a study's paragraph (its parts, its thanks) take
# the passage's code with its findings (tests/nlp/test_gap_frames.py).
STUDY_WINDOW = 0.9
# A unit nearer to the bundled no-code talk than to every code's passages (its margin over
# that talk below APART_MARGIN for all codes) is talk of another kind: a study's method,
# setting or data inside an abstract. The paragraph's point does not reach it (``passages``'s
# ``apart``). Chosen on the development sets only (benchmarks/SUGGEST.md, "Stop 25"):
# real6dev's no-code sentences flagged 28% -> 21%, mean dev macro-F1 0.521 -> 0.523.
APART_MARGIN = 0.0
# The gap rule (``fill_gaps``) holds back in written paragraphs only a unit clearly apart,
# below GAP_APART_MARGIN: two hits either side of it are stronger evidence than a
# paragraph's share (an abstract's survey method between two of its findings was filled).
# Chosen on the development sets only (benchmarks/SUGGEST.md, "Stop 25, suggest14b"): at 0
# or -0.005 the unit held back no longer counts as a hit in its paragraph's share and whole
# passages went (real6dev 0.61 -> 0.51); at -0.015 real8dev 0.41 -> 0.43, real7dev 0.59 ->
# 0.60, mean 0.523 -> 0.527, no set lower.
GAP_APART_MARGIN = -0.015
# A point is made over several units, and the ones in its middle ("Och det märktes
# direkt.") often carry no evidence of their own: a unit between two units of one code in
# one turn gets GAP_FACTOR of the weaker one's probability (``fill_gaps``). In a speaker's
# turn two units in a row are bridged too (GAP_SPAN), when neither fits another code at
# the default threshold. Chosen on the demo's codings (benchmarks/SUGGEST.md, "Stop 22"):
# in written paragraphs the two units between two findings of an abstract are its method,
# which a reader of passages leaves uncoded (real6dev no-code 23% -> 28%).
GAP_FACTOR = 0.9
GAP_SPAN = 2
# A window's sentence embedding is its units' mean divided by the mean's length raised to
# WINDOW_NORM_POWER (``Windows.vectors``). Divided by its whole length (power 1, before stop
# 35) the mean of two or three e5 vectors (length 0.95-0.96) read 0.03-0.04 nearer every
# code's passages than the window's own text embedded whole or its units alone (dev windows:
# 0.90 against 0.87), and the stacker, fitted on single sentences, took that as evidence for
# every code: windows lifted no-code sentences. The plain mean (power 0) reads at the text's
# own level and gains as much on the English dev rows as embedding each window's text (which
# would more than double the background embedding), but the policy set's dev half loses
# 0.055 with it; power 0.5 keeps that within 0.01 (benchmarks/SUGGEST.md, "Stop 35, en35").
WINDOW_NORM_POWER = 0.5


@dataclass(frozen=True, slots=True)
class Windows:
    """Which units have a window (``owners``) and each window's units (``members``)."""

    owners: list[int]
    members: list[list[int]]
    candidates: list[Candidate]  # one per window, its text the units' texts joined

    def __len__(self) -> int:
        return len(self.owners)

    def _mean(self, count: int) -> Any:
        """Windows x units: each window's units weighted equally (a sparse matrix)."""
        from qualcode.nlp.sparse import csr_matrix

        data, cols, ptr = [], [], [0]
        for members in self.members:
            data.extend([1.0 / len(members)] * len(members))
            cols.extend(members)
            ptr.append(len(cols))
        return csr_matrix(
            (np.array(data, dtype=np.float32), np.array(cols), np.array(ptr)),
            shape=(len(self.members), count),
        )

    def rows(self, rows: Rows, count: int) -> Rows:
        """Each window's TF-IDF row: the normalised mean of its units' rows (columns in
        order, each row's values scaled in place: scipy's ``multiply`` by a column of
        factors gave the same numbers through a slower COO round trip)."""
        out: Any = self._mean(count) @ rows
        norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        out.sort_indices()
        out.data *= np.repeat(1.0 / norms, np.diff(out.indptr)).astype(out.data.dtype)
        result: Rows = out
        return result

    def vectors(self, vectors: np.ndarray) -> np.ndarray:
        """Each window's sentence embedding: the mean of its units', scaled by its length to
        the power ``-WINDOW_NORM_POWER``. Not scaled to length 1: a mean of unit vectors is
        shorter than a text's vector, and stretched to length 1 it reads nearer every code
        than any text does (see ``WINDOW_NORM_POWER``)."""
        dense = np.asarray(self._mean(len(vectors)) @ vectors, dtype=np.float32)
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        out: np.ndarray = dense / norms**WINDOW_NORM_POWER
        return out


def windows(candidates: Sequence[Candidate], size: int | None = WINDOW) -> Windows:
    """The window of every unit that has neighbours in its own turn (``size`` units either
    side; 0 or less: the whole turn; None: no windows). Units in document order, as the
    project gives them."""
    owners: list[int] = []
    if size is None:
        return Windows([], [], [])
    members: list[list[int]] = []
    out: list[Candidate] = []
    for start, stop in turn_spans(candidates):
        here = candidates[start]
        if here.turn >= 0 and not here.interviewer and stop - start > 1:
            for i in range(start, stop):
                lo, hi = (
                    (start, stop) if size <= 0 else (max(start, i - size), min(stop, i + size + 1))
                )
                owners.append(i)
                members.append(list(range(lo, hi)))
                out.append(
                    Candidate(
                        here.document_id,
                        candidates[lo].start,
                        candidates[hi - 1].end,
                        " ".join(c.text for c in candidates[lo:hi]),
                        here.lang,
                        False,
                        here.turn,
                        here.spoken,
                    )
                )
    return Windows(owners, members, out)


def turn_spans(candidates: Sequence[Candidate]) -> Iterator[tuple[int, int]]:
    """Each run of units of one turn, as ``[start, stop)`` (units in document order): the
    paragraphs the window, passage and gap rules read, and ``headings`` too."""
    n = len(candidates)
    start = 0
    while start < n:
        stop = start + 1
        while stop < n and _same_turn(candidates[start], candidates[stop]):
            stop += 1
        yield start, stop
        start = stop


def _same_turn(a: Candidate, b: Candidate) -> bool:
    return a.turn >= 0 and a.turn == b.turn and a.document_id == b.document_id


def combine(unit: np.ndarray, window: np.ndarray, weight: float | None = None) -> np.ndarray:
    """A unit's probability with its window's: a window that fits a code better than the
    unit lifts the unit by ``weight`` (default ``CONTEXT_WEIGHT``) of the difference; one
    that fits it worse never lowers a unit that speaks for itself (a point made once in a
    long turn)."""
    share = CONTEXT_WEIGHT if weight is None else weight
    return unit + share * np.maximum(window - unit, 0.0)


def passages(
    candidates: Sequence[Candidate],
    probs: np.ndarray,
    apart: np.ndarray | None = None,
    around: np.ndarray | None = None,
    studies: np.ndarray | None = None,
) -> np.ndarray:
    """Probabilities with whole passages filled in: a researcher codes the paragraph that
    makes a point, its opening and closing sentences included ("Kommunerna beskrev flera
    utmaningar." may open a passage on social investment), and a sentence-level
    engine finds only the sentences that carry the point's words. So where a good share of
    a paragraph's units fit a code confidently, every unit of it gets nearly their median.
    Written paragraphs only: a speaker's turn in an interview wanders from point to point
    (on the demo's codings the rule cost macro-F1 there), and units outside any turn are
    left as they are. A paragraph's own units decide, never the rest of the project, so a
    unit scores the same whatever else the project holds.

    ``apart`` (one flag per unit): units that read as talk of no code on their own (nearer
    to the bundled no-code talk than to any code: ``apart_from_codes``). A passage lifts a
    sentence that says little alone, such as its opening; a method sentence inside a coded
    abstract says something, and what it says fits no code, so it keeps its own score.

    ``studies`` (one flag per unit, ``frame.study_documents``) marks the units of documents
    that report a study; there ``around`` (each unit's window probabilities) counts toward
    the share at ``STUDY_WINDOW`` and ``apart`` holds nothing back (see ``STUDY_WINDOW``)."""
    out = probs.copy()
    if WINDOW is None:  # no context at all (an evaluation's "before")
        return out
    keep = lines(candidates)  # a heading read into its paragraph is no part of its point
    for start, stop in turn_spans(candidates):
        here = candidates[start]
        if here.turn >= 0 and not here.spoken and stop - start >= PASSAGE_MIN_UNITS:
            block = probs[start:stop]
            hits = block >= DEFAULT_THRESHOLD  # fits at the default, whatever the coder's
            study = studies is not None and bool(studies[start])
            count = (
                hits | (around[start:stop] >= STUDY_WINDOW)
                if study and around is not None
                else hits
            )
            for j in np.nonzero(count.mean(axis=0) >= PASSAGE_SHARE)[0]:
                if not hits[:, j].any():  # windows alone make no passage
                    continue
                middle = float(np.median(block[hits[:, j], j]))
                if middle >= PASSAGE_FLOOR:
                    lifted = np.maximum(out[start:stop, j], PASSAGE_FACTOR * middle)
                    stay = (
                        keep[start:stop]
                        if apart is None or study
                        else keep[start:stop] | apart[start:stop]
                    )
                    out[start:stop, j] = np.where(stay, out[start:stop, j], lifted)
    return out


def apart_from_codes(features: dict[str, np.ndarray], below: float | None = None) -> np.ndarray:
    """Per unit: is it nearer to the bundled no-code talk than to every code's passages
    (its margin over that talk below ``below``, default ``APART_MARGIN``, for all codes)?
    The sentence-embedding margin when the semantic tier is on, else the character
    n-gram one (``scorers.over_background``); without either, no unit is apart."""
    cut = APART_MARGIN if below is None else below
    margin = features.get("sem_over_background", features.get("char_over_background"))
    if margin is None or margin.shape[1] == 0:
        n = 0 if margin is None else margin.shape[0]
        return np.zeros(n, dtype=bool)
    return np.asarray(margin.max(axis=1) < cut, dtype=bool)


def fill_gaps(
    candidates: Sequence[Candidate], probs: np.ndarray, apart: np.ndarray | None = None
) -> np.ndarray:
    """A unit between two units of one turn that both fit a code fits it nearly as well.

    Talk develops a point over several sentences, and the one in the middle ("Och det
    märktes direkt.") often carries no evidence of its own; a coder would mark the passage.
    A speaker telling what happened may take two sentences of the story ("A colleague
    was followed home. She did not sleep for a week.") between the point's opening and its
    conclusion: in a speaker's turn a gap of two is bridged where neither of its units
    fits another code (then it is another point). Never across a turn.

    ``apart`` (one flag per unit, ``apart_from_codes`` at ``GAP_APART_MARGIN``): in a written
    paragraph such a unit is the paragraph's frame (an abstract's method between two of its
    findings) and keeps its own score; in a speaker's turn the filler between a point's
    opening and its conclusion reads like any talk, so there ``apart`` is not asked."""
    out = probs.copy()
    for start, stop in turn_spans(candidates):
        here = candidates[start]
        if here.turn < 0 or here.interviewer:
            continue
        for size in range(1, (GAP_SPAN if here.spoken else 1) + 1):
            for i in range(start + 1, stop - size):
                value = GAP_FACTOR * np.minimum(probs[i - 1], probs[i + size])
                if size > 1:  # no unit of the gap makes another code's point
                    hit = probs[i : i + size] >= DEFAULT_THRESHOLD
                    value = np.where(((hit.sum(axis=1, keepdims=True) - hit) == 0).all(0), value, 0)
                out[i : i + size] = np.maximum(out[i : i + size], value)
    if apart is not None:
        written = np.array([c.turn >= 0 and not c.spoken for c in candidates], dtype=bool)
        frame = written & apart
        out[frame] = probs[frame]
    return out

"""In an official paper, a sentence that refers back to the point just made goes on with it.

Minutes, memos to a committee and cabinet reports make a point in one sentence and go on
with it in the next: after "We will add eight social workers so that caseloads fall" come
"This will let each worker ..." and "The plan will also ...". Their readers code by
passage, so the follow-ups carry the point's code; alone they carry no evidence of it, and
a paragraph of minutes has too few hits for the passage rule (``context.passages``). So a
unit that opens by referring back (``refers_back``: a demonstrative, a pronoun or a
connective first, or "also", "också" among its first words) takes FOLLOW_FACTOR of the
point's probability when a unit at most FOLLOW_SPAN before it in its paragraph makes the
point at FOLLOW_POINT or more and every unit between them refers back too.

Only in an official paper (``papers``): a document holding a record of who and when
(``records``: a roll, a signature, a form's fields) or a formal decision on a paper
(``frame.decision_units``). Research prose, reports and news pages are coded sentence by
sentence by their readers, who leave such follow-ups uncoded: the rule run on every written
text lifted six no-code sentences of those sets over the threshold (benchmarks/SUGGEST.md,
"Stop 32, policy32"); with the document's own record as the switch it moves none of them and
keeps the minutes' gain ("Stop 33, zero33").

Written paragraphs only: a speaker's turn has its own rules (gaps of two, ``fill_gaps``). A
unit that reads as talk of no code (``apart``), a line (a heading), or one that fits another
code at the default threshold ends the run: it starts something else.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qualcode.nlp.frame import decision_units
from qualcode.nlp.lines import lines
from qualcode.nlp.records import records
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate

FOLLOW_POINT = 0.6
FOLLOW_FACTOR = 0.9
FOLLOW_SPAN = 2
# Words that open a sentence about what was just said: a demonstrative, a pronoun, a
# connective of consequence. The Swedish dummy subject "Det" ("Det råder brist på ...") is
# kept: after a point in a paper's paragraph it goes on with it as often as not.
BACK = frozenset(
    {
        "this", "these", "that", "those", "it", "its", "they", "their", "such", "also",
        "moreover", "furthermore", "therefore", "thus", "hence", "consequently", "additionally",
        "det", "detta", "dessa", "denna", "den", "de", "därför", "därmed", "dessutom", "också",
        "samt", "vilket", "sådana", "även",
    }
)  # fmt: skip
# ... and words that add to the point wherever they stand among the first FIRST_WORDS
ADDING = frozenset({"also", "även", "också", "dessutom"})
FIRST_WORDS = 5
_EDGES = ",.;:()\"'“”’«»"


def refers_back(text: str) -> bool:
    """Whether a unit opens by referring to what was said before it."""
    first = [w.strip(_EDGES).casefold() for w in text.split()[:FIRST_WORDS]]
    return bool(first) and (first[0] in BACK or bool(ADDING.intersection(first)))


def papers(candidates: Sequence[Candidate], decisions: np.ndarray | None = None) -> np.ndarray:
    """Per unit: does its document read as an official paper, one that records who and when
    or takes a formal decision (``decisions``: ``frame.decision_units``, if the caller has
    them)? Its text says so, not a kind the user chose."""
    marked = records(candidates)
    marked |= decision_units(candidates) if decisions is None else decisions
    docs = {candidates[int(i)].document_id for i in np.flatnonzero(marked)}
    return np.array([c.document_id in docs for c in candidates], dtype=bool)


def follow_points(
    candidates: Sequence[Candidate],
    point: np.ndarray,
    probs: np.ndarray,
    apart: np.ndarray | None = None,
    decisions: np.ndarray | None = None,
) -> np.ndarray:
    """``probs`` with each written point of an official paper lent to the units after it
    that go on with it.

    ``point``: the probabilities that decide which units make a point (before the passage
    rule, so that a passage's lift makes no new points); ``apart``: per unit, talk of no
    code (``context.apart_from_codes``); ``decisions``: ``frame.decision_units``."""
    out = probs.copy()
    in_paper = papers(candidates, decisions)
    if not in_paper.any():
        return out
    stop_at = lines(candidates) if apart is None else lines(candidates) | apart
    fits = point >= DEFAULT_THRESHOLD
    back = np.array([refers_back(c.text) for c in candidates], dtype=bool)
    n = len(candidates)
    for i in (int(i) for i in np.flatnonzero(in_paper)):
        here = candidates[i]
        if here.turn < 0 or here.spoken or here.interviewer:
            continue
        for j in np.flatnonzero(point[i] >= FOLLOW_POINT):
            for r in range(i + 1, min(n, i + 1 + FOLLOW_SPAN)):
                there = candidates[r]
                if (there.turn, there.document_id) != (here.turn, here.document_id):
                    break
                if stop_at[r] or not back[r] or np.delete(fits[r], j).any():
                    break
                out[r, j] = max(out[r, j], FOLLOW_FACTOR * point[i, j])
    return out

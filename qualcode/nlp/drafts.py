"""From scored units to suggested passages: runs of adjacent units, and each run's evidence.

The engine (``suggest.Suggester``) scores units; what a coder is shown is decided here: a
run of adjacent units over the threshold becomes one passage (a heading or a list's item
joins no neighbour), and its evidence names the terms that matched as the passage writes
them, the nearest codebook or coded passage, the components behind the score and, when its
neighbours carried it, which rule of the context did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from qualcode.nlp.lexicon import Lexicon, Matches
from qualcode.nlp.scorers import Candidate, Scores

if TYPE_CHECKING:
    from qualcode.nlp.suggest import Suggester

COMPONENTS = (
    "lex",
    "char_best",
    "char_definition",
    "sem_best",
    "sem_definition",
    "sem_over_background",
)


@dataclass(frozen=True, slots=True)
class Draft:
    """A suggested segment before it is stored."""

    document_id: str
    start: int
    end: int
    code: str
    score: float
    method: str
    evidence: dict[str, object] = field(default_factory=dict)


def merge_runs(
    candidates: Sequence[Candidate],
    hit: np.ndarray,
    lines: np.ndarray | None = None,
    lists: np.ndarray | None = None,
) -> list[list[int]]:
    """Runs of adjacent hit units of one document (candidates are in document order). A
    line (``context.lines``: a heading, a title, a list's item) joins no other unit, so a
    passage never opens or closes on a heading, nor runs over it into the next section.
    Nor does a run cross from one written paragraph into the next: a paragraph is a point
    of its own, and two points suggested as one passage (a regulation on
    workload and the quote in the paragraph after it) could only be accepted or rejected
    together (stop 30). A list's lead-in and its items (``lists``), a paragraph each, are
    read as one passage. A speaker's turns, and units outside any turn, join as before."""
    runs: list[list[int]] = []
    for i in np.nonzero(hit)[0].tolist():
        joins = (
            runs
            and runs[-1][-1] == i - 1
            and candidates[i - 1].document_id == candidates[i].document_id
            and (
                not _paragraph_break(candidates[i - 1], candidates[i])
                or (lists is not None and lists[i - 1] and lists[i])
            )
        )
        if joins and not (lines is not None and (lines[i - 1] or lines[i])):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _paragraph_break(before: Candidate, unit: Candidate) -> bool:
    """Whether two adjacent units lie in different written paragraphs."""
    written = not before.spoken and not unit.spoken
    return written and before.turn >= 0 and unit.turn >= 0 and before.turn != unit.turn


def draft_of(
    engine: Suggester,
    candidates: Sequence[Candidate],
    run: list[int],
    j: int,
    probs: np.ndarray,
    comp: Scores,
) -> Draft:
    """The suggestion of code ``j`` (of ``engine.codes``) on a run of units, with its
    evidence as the coder reads it."""
    best = max(run, key=lambda i: probs[i, j])
    terms = comp.terms
    matched = sorted({t for i in run for t in terms.get((i, j), ([], []))[0]})
    negated = sorted({t for i in run for t in terms.get((i, j), ([], []))[1]})
    f = comp.features
    nearest_block = "sem_nearest" if "sem_nearest" in f else "char_nearest"
    near = int(f[nearest_block][best, j])
    components = {name: round(float(f[name][best, j]), 3) for name in COMPONENTS if name in f}
    methods = ["lexicon"] if matched else []
    methods.append("similarity")
    if "sem_best" in f:
        methods.append("semantic")
    if engine.learned:
        methods.append("learned")
    evidence: dict[str, object] = {
        "terms": matched,
        "nearest": engine.items[near].text if near >= 0 else None,
        "nearest_kind": engine.items[near].kind if near >= 0 else None,
        "components": components,
        "fit": engine.signature,
    }
    if matched:  # the text's own words: *politiker* was shown for *arbetsmarknadspolitiken*
        evidence["words"] = passage_words(
            engine.lexicon, candidates, run, engine.codes[j], matched, comp.matches
        )
    if negated:
        evidence["negated"] = negated
    if comp.led is not None and comp.led[run, j].any():
        evidence["context"] = "its list's lead-in makes this point"
    elif comp.passage is not None and comp.passage[run, j].any():
        evidence["context"] = "its paragraph is a passage of this code"
    elif comp.followed is not None and comp.followed[run, j].any():
        evidence["context"] = "goes on with the point of the sentence before it"
    elif comp.filled is not None and comp.filled[run, j].any():
        evidence["context"] = "lies between two passages of this code in one turn"
    elif comp.lifted is not None and comp.lifted[run, j].any():
        evidence["context"] = "read with its neighbours in the same turn"
    return Draft(
        candidates[run[0]].document_id,
        candidates[run[0]].start,
        candidates[run[-1]].end,
        engine.codes[j],
        round(float(max(probs[i, j] for i in run)), 4),
        "+".join(methods),
        evidence,
    )


def passage_words(
    lexicon: Lexicon,
    candidates: Sequence[Candidate],
    run: list[int],
    code: str,
    terms: list[str],
    matches: Sequence[Matches] | None = None,
) -> list[str]:
    """The words of the passage that matched the code's ``terms``, as the text has them
    (lower-cased): a keyword found inside a compound or an inflection is shown as the
    word the coder reads there, never as a word the passage does not contain. A term
    found only across two sentences (a phrase) is shown as the codebook has it.
    ``matches``: every candidate's keyword matches as scoring found them (the lexicon's
    ``matches`` of its text), read instead of matching the run's words a second time."""
    wanted, shown = set(terms), {}
    for i in run:
        cand = candidates[i]
        found = lexicon.matches(cand.text, cand.lang) if matches is None else matches[i]
        tokens = found.tokens
        for hit in found.hits:
            term = hit.keyword.term
            if hit.keyword.code == code and term in wanted and term not in shown:
                shown[term] = " ".join(tokens[hit.first : hit.last + 1])
    return sorted({shown.get(term, term) for term in terms})

"""A lone keyword whose sentence means another code counts half.

The stacker learns how much a keyword is worth from the codebook's own examples, and those
were written with the codebook's words in them: there a keyword is nearly always right.
In real text a single broad keyword (*budget*, *politiker*, *förebyggande*, *dialog*)
stands as often in a sentence about something else: a budget debate's figures, a
committee's membership, a motion's call for more prevention. On the development sets
(benchmarks/SUGGEST.md, "Stop 28, suggest18"), of the Swedish sentences a unit's one
keyword lifted over the threshold alone, those whose sentence embedding lies nearer
another code's passages than this code's were right for 15 and wrong for 48 (25 of
them no-code talk); with two keywords, or with the meaning agreeing, most were right.

So when a unit's evidence for a code is exactly one keyword (overlapping terms such as
*introduktion* and *introduktionsprogram* count once, as ``Lexicon.weigh`` counts them)
and its meaning does not agree (its semantic similarity to the code's passages minus the
best other code's is below ``LONE_MARGIN``), the keyword counts ``LONE_FACTOR`` of its
strength for that code. The other codes' keyword margins are computed from the keyword
as found: halving one code's keyword must not make another code's look stronger. Only a
unit read alone: a window joins its units' words, and a second keyword there is agreement.
Without the semantic tier there is no meaning to ask, and nothing changes.

A lone keyword in a sentence that reads as no-code talk (nearer the nearest bundled no-code
passages than any code's passages) is a topic named, not a point made: a report addressed
to politicians, a budget's publication date. Where nothing around such a unit lifted it
(its window, a gap, a passage), its own suggestion is read again with the keyword at
``LONE_FACTOR`` (``on_its_own``); what it lends its neighbours is left as it was, so a
passage coded whole keeps its sentences (halving it there too cost eight coded Swedish
sentences of passage-coded prose). On the ten development sets (benchmarks/SUGGEST.md,
"Stop 34, en34") this took six no-code sentences off, in both languages, and no coded one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from qualcode.nlp.calibrate import margin
from qualcode.nlp.lexicon import NEGATED_WEIGHT, OTHER_LANGUAGE_WEIGHT, Lexicon, Matches
from qualcode.nlp.scorers import Candidate

LONE_FACTOR = 0.5
LONE_MARGIN = 0.0
# a unit whose similarity to a code's passages is below its similarity to the nearest
# bundled no-code talk (``scorers.over_background``) reads as that talk, not as the code
NO_CODE_MARGIN = 0.0
# the languages whose passages leave a lone keyword's sentence as it was (``not_carried``)
NOT_CARRIED_LANGS = frozenset({"en"})


def keyword_counts(
    lexicon: Lexicon, matches: Sequence[Matches], codes: Sequence[str]
) -> np.ndarray:
    """Units x codes: how many of each code's keywords a unit holds, a term found inside
    another one's words counted once (heaviest first, as ``Lexicon.weigh`` counts them)."""
    col = {c: j for j, c in enumerate(codes)}
    out = np.zeros((len(matches), len(codes)), dtype=int)
    for i, found in enumerate(matches):
        weighted = []
        for hit in found.hits:
            k = hit.keyword
            weight = k.weight * lexicon.idf[k.term_idx]
            weight *= 1.0 if k.lang == found.lang else OTHER_LANGUAGE_WEIGHT
            weight *= NEGATED_WEIGHT if hit.negated else 1.0
            weighted.append((weight, hit))
        taken: dict[str, set[int]] = {}
        for _weight, hit in sorted(weighted, key=lambda wh: -wh[0]):
            j = col.get(hit.keyword.code)
            if j is None:
                continue
            span = set(range(hit.first, hit.last + 1))
            seen = taken.setdefault(hit.keyword.code, set())
            if not span & seen:
                seen |= span
                out[i, j] += 1
    return out


def lone_pairs(
    lexicon: Lexicon,
    matches: Sequence[Matches] | None,
    codes: Sequence[str],
    features: Mapping[str, np.ndarray],
) -> tuple[np.ndarray, np.ndarray] | None:
    """Units x codes, twice: a code's one keyword in a unit whose meaning is nearer another
    code's passages (the lone keywords ``damp`` halves), and, of the rest, its one keyword
    in a unit that reads as no-code talk (``on_its_own`` reads those again). None without
    the semantic tier or keyword matches (nothing to ask)."""
    if matches is None or "sem_best" not in features or len(codes) < 2:
        return None
    one = keyword_counts(lexicon, matches, codes) == 1
    lone: np.ndarray = one & (margin(features["sem_best"]) < LONE_MARGIN)
    near = features.get("sem_over_background")
    if near is None:
        return lone, np.zeros_like(lone)
    # nearer the nearest no-code talk than any code's passages: the sentence reads as that talk
    talk: np.ndarray = one & ~lone & (near.max(axis=1) < NO_CODE_MARGIN)[:, None]
    return lone, talk


def on_its_own(
    final: np.ndarray,
    alone: np.ndarray,
    again: np.ndarray,
    talk: np.ndarray,
) -> np.ndarray:
    """``final`` probabilities where each (unit, code) pair of ``talk`` that nothing around
    lifted (its final no higher than its score read alone) takes at most ``again``, its
    reading with that keyword damped. Lowers only."""
    own = talk & (final <= alone)
    return np.where(own, np.minimum(final, again), final)


def damp(x: np.ndarray, names: Sequence[str], lone: np.ndarray | None) -> None:
    """In the stacker's rows (``calibrate.design``, unit-major), a lone keyword's strength
    and its own margin lose ``1 - LONE_FACTOR`` of the keyword; the other codes' rows keep
    their margins over the keyword as found."""
    if lone is None or "lex" not in names:
        return
    rows = lone.reshape(-1)
    cut = x[rows, names.index("lex")] * (1.0 - LONE_FACTOR)
    x[rows, names.index("lex")] -= cut
    if "lex_margin" in names:
        x[rows, names.index("lex_margin")] -= cut


def not_carried(
    candidates: Sequence[Candidate],
    before: np.ndarray,
    passed: np.ndarray,
    lone: np.ndarray | None,
) -> np.ndarray:
    """``passed`` (the passage stage's probabilities) with each lone pair of an English
    unit back at ``before``, its score before that stage: a passage does not carry its code
    onto a sentence whose one keyword for the code reads as another code's meaning.

    The passage stage lifts a sentence that says little on its own (an opening, a link) to
    the code most of its paragraph makes. A sentence whose only word for that code is
    a lone keyword says something, and it is something else: in English report text, a
    review's evidence sessions with councillors, a method's return on investment, a budget
    line in committee minutes, inside a paragraph on prevention economics. On the fresh
    English dev halves (realtext11-13, sentence by sentence) 5 of the 8 sentences the stage
    lifted over the line wrongly were such pairs, and no find was; the older English dev
    sets' passage finds carry no keyword (benchmarks/SUGGEST.md, "Stop 50, engine50d").
    Swedish research prose is labelled by passage, and there such sentences belong to it:
    the rule in both languages lost Swedish dev (pooled 0.6777 -> 0.6713)."""
    if lone is None:
        return passed
    langs = np.array([c.lang in NOT_CARRIED_LANGS for c in candidates], dtype=bool)
    return np.where(langs[:, None] & lone, before, passed)

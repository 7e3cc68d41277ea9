"""Does an English sentence argue, or state a figure? Two features of every unit for the
stacker, read from the sentence's own words.

A report names its theme as often in the sentences that state facts (a turnover rate and
its source, the share of councils over budget) as in those that make a point about it, and
coders code the point, not the fact ("background, facts ... are none", the labelling
protocol). On English report prose the engine's other evidence cannot tell the two apart:
the no-code sentences it flagged read exactly like the coded ones it found (semantic
similarity, keywords, n-grams and the learned model alike; benchmarks/SUGGEST.md, "Stop 43,
engine43b"). Two plain marks can: a sentence that argues uses a word of cause, need or
consequence (*because*, *leads to*, *should*, *instead of*, *pays off*), and a sentence that
reports a fact often carries a figure. On the English real dev sentences 38% of the coded
ones and 16% of the flagged no-code ones have such a word, 12% and 37% a digit.

The stacker learns how much each says from the codebook's own rows, never from the
project's text: the examples make points (28% of the English ones have a marker word, none
a digit: a codebook writes *forty cases*), the bundled no-code talk states facts (9% and
7%). English only: on Swedish dev the same marks separate little (42% of coded sentences
with a marker against 37% of the flagged ones) and read for Swedish too the dev mean fell.
A unit in another language gets the same values whatever it says (no marker, no figure),
and only a stacker of a language the marks are written for reads them (``unread``): the
Swedish stacker, fitted with the English rows at half weight, would otherwise weigh a mark
that is a constant for every Swedish unit. Swedish dev and held-out rows are unchanged.

Of the two, only the figure is read today: fitted on the bundled codebook the English
stacker weighs ``no_figure`` 0.66 and ``argument`` 0.0 (benchmarks/SUGGEST.md, "Stop 44,
engine44b"). A mark is one value for every code of a unit, so an example that argues is a
positive row for its code and a negative row, with the same mark, for the other three; only
the no-code talk gives it a contrast, too weak beside the semantic features. Made readable
(more words of stance, or the mark on the unit's nearest code only) it flagged more no-code
sentences on the held-like reading of English dev, so it stays as it is.

Without the semantic tier the marks are not read at all: with the keywords and n-grams
alone the stacker leant on *no figure* (learned from examples that never hold a digit) so
hard that English dev sentences with a figure lost their codes (tier off, dev ten rows
0.5606 -> 0.5465, every change an English unit's: real5dev 0.69 -> 0.60, real10dev 0.77 ->
0.74). With the tier the marks settle sentences the embeddings already read as on-topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from qualcode.nlp.calibrate import ARGUMENT as FEATURES  # the stacker's names for the marks
from qualcode.nlp.scorers import Candidate

# words of cause, consequence, need and comparison that make a sentence an argument
_ARGUING = {
    "en": re.compile(
        r"\b(because|leads? to|led to|means? that|so that|in order to|therefore"
        r"|result(s|ed)? in|cause[sd]?|should|must|need(s)? to|needed|if|instead of"
        r"|rather than|pays? off|cost(s)? more|impact(s)? on|help(s)? to|improve|better"
        r"|worse|learn)\b",
        re.IGNORECASE,
    )
}
_FIGURE = re.compile(r"\d")


def features(candidates: Sequence[Candidate], codes: int) -> dict[str, np.ndarray]:
    """Units x codes (the same value for every code of a unit): ``argument`` 1 where an
    English unit has a word of argument, ``no_figure`` 1 where it has no digit; a unit of a
    language without such words reads 0 and 1."""
    arguing = np.zeros(len(candidates), dtype=np.float32)
    plain = np.ones(len(candidates), dtype=np.float32)
    for r, cand in enumerate(candidates):
        marks = _ARGUING.get(cand.lang)
        if marks is None:
            continue
        arguing[r] = marks.search(cand.text) is not None
        plain[r] = _FIGURE.search(cand.text) is None
    return {
        "argument": np.repeat(arguing[:, None], codes, axis=1),
        "no_figure": np.repeat(plain[:, None], codes, axis=1),
    }


def unread(x: np.ndarray, names: Sequence[str], lang: str | None) -> np.ndarray:
    """Stacker rows with the marks' columns zeroed unless ``lang`` is a language they are
    read in (None: the shared stacker, which reads every language): fitted on them, that
    stacker weighs them zero, and its units score as if the marks did not exist."""
    if lang in _ARGUING:
        return x
    columns = [i for i, name in enumerate(names) if name in FEATURES]
    if not columns:
        return x
    out = x.copy()
    out[:, columns] = 0.0
    return out

"""How a suggestion's score is written for a person: cut to its last digit, never rounded up.

A score is compared with thresholds a coder sets or reads: the suggestions' 0.40, under
which the ranked list (`l`, `suggest DOC --ranked`) shows the best code of each sentence,
and the threshold `A` accepts at (0.80 to start). Rounded, a sentence scoring 0.398 read
"0,40" at the head of the list of what stays *below* 0.40, and a suggestion at 0.797 read
"0,80" but was not among those `A` accepted "at or above 0,80" (eyes19). Cut instead, a
score reads at or above a threshold exactly when it is. Both faces write scores so.
"""

from __future__ import annotations

import math

# a score stored as 0.39999999999999997 for 0.4 is 0.4: float noise never costs a digit
_NOISE = 1e-9


def shown_score(score: float, digits: int = 2) -> float:
    """``score`` cut to ``digits`` decimals (0.398 -> 0.39, 0.8 -> 0.8), for display only;
    what is stored and compared stays the exact score."""
    if score != score:  # NaN stays NaN (the faces write it as a dash)
        return score
    scale = 10**digits
    return math.floor(score * scale + _NOISE) / scale

"""The benchmark's pooled row (``eval_real.py --pooled``) weighs every sentence alike.

A mean of per-set rows lets a set of three coded sentences count as much as one of fifty:
on the English dev rows a single sentence moved that mean by 0.01-0.03 while the figure
over all the sentences fell (benchmarks/SUGGEST.md, "Stop 40, engine40b"). The pooled row
must be the figures of the sets' scored sentences taken as one set, and leave out what a
set did not score (a sentence not found in its document).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.eval_real import figures, pooled


def _set(hits: int, misses: int, flags: int, quiet: int) -> tuple[np.ndarray, np.ndarray]:
    """One code's set: coded sentences found and missed, no-code ones flagged and not."""
    truth = np.array([[True]] * (hits + misses) + [[False]] * (flags + quiet))
    found = [0.9] * hits + [0.1] * misses + [0.9] * flags + [0.1] * quiet
    return np.array(found)[:, None], truth


def test_pooled_weighs_each_sentence_not_each_set() -> None:
    small_p, small_t = _set(hits=0, misses=1, flags=0, quiet=5)  # one coded sentence, missed
    big_p, big_t = _set(hits=40, misses=10, flags=5, quiet=45)
    keep_small = np.ones(len(small_t), dtype=bool)
    keep_big = np.ones(len(big_t), dtype=bool)
    row = pooled([(small_p, small_t, keep_small), (big_p, big_t, keep_big)], 0.4)
    whole = figures(
        np.vstack([small_p, big_p]),
        np.vstack([small_t, big_t]),
        np.ones(len(small_t) + len(big_t), dtype=bool),
        0.4,
    )
    assert row == whole
    assert (row["coded"], row["none"]) == (51, 55)
    assert row["found"] == 40 / 51
    per_set = [figures(small_p, small_t, keep_small, 0.4), figures(big_p, big_t, keep_big, 0.4)]
    mean_of_rows = sum(r["macro_f1"] for r in per_set) / 2
    assert row["macro_f1"] > mean_of_rows + 0.3  # the small set's one miss no longer halves it


def test_pooled_leaves_out_what_a_set_did_not_score() -> None:
    probs, truth = _set(hits=2, misses=2, flags=1, quiet=1)
    keep = np.array([True, True, False, False, True, True])  # the two misses not found
    row = pooled([(probs, truth, keep)], 0.4)
    assert (row["coded"], row["none"], row["found"]) == (2, 2, 1.0)
    assert row == figures(probs, truth, keep, 0.4)

"""The benchmark's mean over draws (``eval_real.py --draws N``) keeps every figure a plain
number, so its JSON and the README table read the same as a single run's."""

from __future__ import annotations

import json
import math

from benchmarks.eval_real import mean


def test_the_mean_of_draws_is_figure_by_figure_and_plain_numbers() -> None:
    runs = [
        {"macro_f1": 0.5, "none_by_code": [0.1, 0.0], "f1": {"a": 0.4, "b": float("nan")}},
        {"macro_f1": 0.7, "none_by_code": [0.3, 0.2], "f1": {"a": 0.6, "b": 0.8}},
    ]
    out = mean(runs)
    assert math.isclose(out["macro_f1"], 0.6)
    assert out["none_by_code"] == [0.2, 0.1]
    assert out["f1"] == {"a": 0.5, "b": 0.8}  # a draw without the code does not count
    assert all(type(v) is float for v in out["none_by_code"])
    json.dumps(out)  # numpy scalars would not serialise

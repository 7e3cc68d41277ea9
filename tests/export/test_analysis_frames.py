"""The analysis functions against plain, obviously correct counts on random data."""

from __future__ import annotations

import random
from itertools import combinations

import pandas as pd

from qualcode.analysis.frames import cooccurrence, crosstab, with_attributes


def _random_codings(seed: int, n: int = 400) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        start = rng.randrange(0, 500)
        rows.append(
            {
                "id": str(i),
                "document": rng.choice("abc"),
                "code": rng.choice(["x", "y", "z", "w"]),
                "start": start,
                "end": start + rng.choice([0, 1, 5, 30, 80]),
                "text": "ett två",
                "words": 2,
            }
        )
    return pd.DataFrame(rows)


def test_overlap_cooccurrence_matches_counting_every_pair() -> None:
    for seed in range(5):
        codings = _random_codings(seed)
        expected: dict[tuple[str, str], int] = {}
        for a, b in combinations(codings.itertuples(), 2):
            shared = max(a.start, b.start) < min(a.end, b.end)  # at least one character
            if a.document == b.document and a.code != b.code and shared:
                for key in ((a.code, b.code), (b.code, a.code)):
                    expected[key] = expected.get(key, 0) + 1
        table = cooccurrence(codings)
        for first in table.index:
            for second in table.columns:
                assert table.loc[first, second] == expected.get((first, second), 0)


def test_crosstab_has_totals_and_unknown_values() -> None:
    codings = _random_codings(9, 60)
    documents = pd.DataFrame(
        {"id": ["a", "b", "c"], "name": ["a", "b", "c"], "role": ["chef", "chef", None]}
    )
    table = crosstab(codings, documents, "role", "not given")
    assert list(table.columns) == ["chef", "not given", "total"]
    assert table.loc["total", "total"] == len(codings)
    assert table.loc["total", "not given"] == (codings["document"] == "c").sum()
    joined = with_attributes(codings, documents)
    assert joined["role"].isna().sum() == (codings["document"] == "c").sum()

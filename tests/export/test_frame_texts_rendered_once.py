"""A frame through the pseudonym key, and a frame made safe for a CSV, look at each distinct
text once: a codings export of 200,000 rows repeats a few coders, codes, documents and
attribute values over every row, and rendered each copy through the whole key (3.2 million
cells, 11 s CPU for 'export codings' of 1,000 documents). Each copy must still read as if
rendered alone: the same text, the same pseudonym, the same guard."""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from qualcode.export.cells import csv_cell, safe_frame
from qualcode.export.pseudonyms import Key


class CountingKey(Key):
    """A real key that counts the texts it renders (each still rendered by Key itself)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.rendered: list[str] = []

    def apply_mapped(self, text: str) -> tuple[str, Callable[[int], int]]:
        self.rendered.append(text)
        return super().apply_mapped(text)


def _key(kind: type[Key] = Key) -> Key:
    return kind(
        {"Elin": "IP1", "Örebro": "en annan stad", "Per": "IP2"},
        compounds=["Örebro"],
        contacts={"email": "[e-post]", "phone": "[telefon]"},
    )


def _frame() -> pd.DataFrame:
    rows = 40
    return pd.DataFrame(
        {
            "coder": ["Elin"] * rows,
            "text": [f"Elin bor i Örebro, {i} kr per dag" for i in range(rows // 2)] * 2,
            "memo": ["", None, float("nan"), "Per sa: ring elin@example.org"] * (rows // 4),
            "pair": [("Elin", "Per"), ["Per", "Örebro"]] * (rows // 2),
            "municipality": pd.Categorical(["Örebro", "Örebros", "Ekstad", "ÖREBRO"] * 10),
            "start": list(range(rows)),
        }
    )


def _one_by_one(key: Key, value: object) -> object:
    if isinstance(value, str):
        return key.apply(value)
    if isinstance(value, tuple | list):
        return type(value)(_one_by_one(key, v) for v in value)
    return value


def test_each_distinct_text_of_a_frame_is_rendered_once() -> None:
    key = _key(CountingKey)
    assert isinstance(key, CountingKey)
    frame = _frame()
    key.frame(frame)
    texts = [t for t in key.rendered if t not in frame.columns]
    assert len(texts) == len(set(texts))
    assert texts.count("Elin") == 1  # 40 coder cells and 40 in the pairs: one rendering


def test_a_frame_reads_as_each_cell_rendered_alone() -> None:
    frame = _frame()
    got = _key().frame(frame)
    alone, want = _key(), frame.copy()
    for column in ("coder", "text", "memo", "pair", "municipality"):
        want[column] = pd.Series(
            [_one_by_one(alone, v) for v in frame[column].astype(object)], dtype=object
        )
    pd.testing.assert_frame_equal(got, want)
    memo = got["memo"].tolist()
    assert memo[0] == "" and memo[1] is None and pd.isna(memo[2])
    assert memo[3] == "IP2 sa: ring [e-post]"
    assert got["text"].tolist()[0] == "IP1 bor i en annan stad, 0 kr per dag"
    assert got["text"].tolist()[20] == got["text"].tolist()[0]
    assert got["pair"].tolist()[:2] == [("IP1", "IP2"), ["IP2", "En annan stad"]]
    assert got["start"].dtype == frame["start"].dtype


def test_a_csv_frame_guards_every_copy_of_a_formula() -> None:
    formula = '=HYPERLINK("http://x")'
    frame = pd.DataFrame(
        {
            "text": [formula, "- ja", "-2", formula, "'=1", None, "ok"] * 3,
            "n": [1, 2, 3, 4, 5, 6, 7] * 3,
        }
    )
    safe = safe_frame(frame)
    assert safe["text"].tolist() == [csv_cell(v) for v in frame["text"]]
    assert safe["text"].tolist()[3] == "'" + formula
    assert safe["text"].tolist()[5] is None
    assert safe["n"].tolist() == frame["n"].tolist()
    assert not any(re.match("^=", str(v)) for v in safe["text"])

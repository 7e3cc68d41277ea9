"""A code's parts read from a file whose part numbers are not 0, 1, 2 (hostile48).

The store numbers a code's parts from 0 and read the number as a list index, padding the
list up to it: a damaged or hand-edited project's part 50,000,000 took 3.8 GB and 86 s
before memory ran out, at every command that reads the codebook, and a part -1 or 'x'
ended each such command in a traceback. The number orders the parts; it is no index.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.model import Codebook, CodeSpec

BOOK = Codebook(
    name="tiny",
    codes=(
        CodeSpec(
            key="economics",
            names={"en": "Long-term economics"},
            parts={"sv": (("budget", "kostnad"), ("flerår",))},
        ),
    ),
)


def _project(tmp_path: Path, first: object, second: object) -> Path:
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.apply_codebook(BOOK)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE code_parts SET part = ? WHERE part = 0", (first,))
        db.execute("UPDATE code_parts SET part = ? WHERE part = 1", (second,))
    return path


@pytest.mark.parametrize(
    ("first", "second"),
    [(0, 7), (-1, 0), (3, "x"), (-5, 2_000_000_000)],
)
def test_parts_are_read_in_their_order_whatever_their_numbers(
    tmp_path: Path, first: object, second: object
) -> None:
    path = _project(tmp_path, first, second)
    with Project.open(path) as p:
        parts = dict(p.code("economics").parts)
    assert parts == {"sv": (("budget", "kostnad"), ("flerår",))}

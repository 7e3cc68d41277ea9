"""A refusal said in the interface's words quotes a long value cut, as the service's English
line does: a 5,000-character coder name refused in the Swedish interface was quoted whole,
one "line" of 5,000 characters, where the command line said "unknown coder 'xxxx...'"."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.tui.catalog import Catalog
from qualcode.tui.said import said


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_long_name_refused_is_cut_in_either_language(tmp_path: Path, lang: str) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        with pytest.raises(QualcodeError) as refused:
            p.act_as("x" * 5000)
    english = str(refused.value)
    words = said(refused.value, Catalog(lang))
    assert refused.value.key and len(english) < 100
    assert len(words) < 120 and "\n" not in words
    assert "x" * 40 + "…" in words  # what the refusal names, begun, and said to be cut


def test_each_kind_of_value_keeps_as_much_as_the_english_line() -> None:
    sv = Catalog("sv")
    path = "/hem/" + "mapp/" * 60 + "fil.md"
    line = sv.refusal("output_cannot_write", {"path": path, "why": "disken är full"})
    assert line is not None and path[:120] + "…" in line and path not in line
    assert line.endswith(": disken är full")  # a short reason whole
    known = ", ".join(f"värde{i}" for i in range(12))  # the program's own list, shorter
    line = sv.refusal("filter_value_unknown", {"name": "kommun", "value": "Å", "known": known})
    assert line is not None and line.endswith(known)

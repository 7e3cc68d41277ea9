"""A real set's halves are named ``<set>dev`` and ``<set>held`` whatever the length of its
number: realtext11's ``real11held`` once read as the set ``real1`` (the name was cut at its
fifth letter), so it loaded nothing and imported its documents without their paragraphs."""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval_docs import documents
from benchmarks.real_sets import SPLIT_SETS, split_set


def test_every_split_set_half_is_found_by_its_name() -> None:
    for name in SPLIT_SETS:
        for half in ("dev", "held"):
            assert split_set(f"{name}{half}") == (name, half)
    assert split_set("real11held") == ("real11", "held")
    assert split_set("real12dev") == ("real12", "dev")
    assert split_set("real13held") == ("real13", "held")


def test_names_that_are_no_half_of_a_split_set_are_not_read_as_one() -> None:
    for name in ("realdev", "realtext", "data", "real1held", "real10dev", "real11", "real11x"):
        assert split_set(name) is None


def test_a_two_digit_set_imports_its_raw_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "s01.txt").write_text("First paragraph.\nSecond one.\n", encoding="utf-8")
    rows = [{"doc": "s01", "text": "First paragraph."}, {"doc": "s01", "text": "Second one."}]
    texts = documents("real11held", rows, {"real11": tmp_path})
    assert texts == {"s01": "First paragraph.\n\nSecond one."}

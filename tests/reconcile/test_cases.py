"""Aligning coders' segments into cases, and what each verdict yields."""

from __future__ import annotations

import pytest

from qualcode.model import Coding
from qualcode.reconcile import find_cases, join_overlaps, merge_spans, resolve_verdict


def coding(coder: str, code: str, start: int, end: int, doc: str = "d") -> Coding:
    return Coding(
        f"{coder}{code}{start}",
        doc,
        start,
        end,
        "cid",
        code,
        "uid",
        coder,
        "coder",
        "manual",
        "2024-01-01",
    )


def test_merge_spans() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 4), (9, 12)]) == ((0, 4), (5, 12))


def test_join_overlaps_keeps_touching_spans_apart() -> None:
    """Overlaps join as in merge_spans, but two sentences side by side stay two passages
    (text search codes each hit's sentence), and a span given twice counts once."""
    spans = [(5, 9), (0, 3), (2, 4), (9, 12), (9, 12)]
    assert join_overlaps(spans) == [(0, 4), (5, 9), (9, 12)]
    assert join_overlaps(iter([(0, 10), (3, 5)])) == [(0, 10)]


def test_kinds() -> None:
    codings = [
        coding("a", "x", 0, 10),
        coding("b", "x", 0, 10),  # agreement
        coding("a", "x", 20, 30),
        coding("b", "x", 22, 30),  # boundary
        coding("a", "x", 40, 50),  # presence
        coding("a", "x", 60, 70),
        coding("b", "y", 60, 70),  # code: ONE case with both readings
    ]
    cases = find_cases(codings, ["a", "b"])
    kinds = [(c.start, c.codes, c.kind) for c in cases]
    assert kinds == [
        (0, ("x",), "agreement"),
        (20, ("x",), "boundary"),
        (40, ("x",), "presence"),
        (60, ("x", "y"), "code"),
    ]
    code_case = cases[-1]
    assert code_case.versions["a"].codes == ("x",)
    assert code_case.versions["b"].spans == {"y": ((60, 70),)}


def test_three_coders_one_case_per_passage() -> None:
    codings = [
        coding("a", "x", 0, 10),
        coding("b", "x", 0, 10),
        coding("c", "x", 0, 30),  # c's wider passage: never hidden, one case
        coding("a", "y", 40, 50),
        coding("b", "z", 42, 50),  # a and b disagree on the code, c coded nothing
    ]
    first, second = find_cases(codings, ["a", "b", "c"])
    assert first.kind == "boundary" and set(first.versions) == {"a", "b", "c"}
    assert (first.start, first.end) == (0, 30)
    assert first.versions["c"].all_spans() == ((0, 30),)
    assert second.kind == "code" and second.codes == ("y", "z")
    assert second.versions["c"].empty
    assert second.coders_with_codes == ("a", "b")


def test_four_coders_presence_and_verdicts() -> None:
    coders = ["a", "b", "c", "d"]
    codings = [coding(x, "x", 5, 15) for x in ("a", "b", "c")] + [coding("c", "x", 12, 20)]
    (case,) = find_cases(codings, coders)
    assert case.kind == "presence" and case.versions["d"].empty
    assert resolve_verdict(case, "accept:c") == (("x", 5, 20),)
    assert resolve_verdict(case, "accept:d") == ()
    assert resolve_verdict(case, "union") == (("x", 5, 20),)
    with pytest.raises(ValueError, match="share no span"):
        resolve_verdict(case, "intersection")  # d marked nothing: nothing is shared
    four = find_cases([*codings, coding("d", "x", 8, 12)], coders)[0]
    assert four.kind == "boundary"
    assert resolve_verdict(four, "intersection") == (("x", 8, 12),)


def test_a_code_case_verdicts_keep_each_code() -> None:
    case = find_cases(
        [coding("a", "x", 0, 10), coding("b", "y", 0, 10), coding("c", "x", 0, 10)],
        ["a", "b", "c"],
    )[0]
    assert resolve_verdict(case, "union") == (("x", 0, 10), ("y", 0, 10))
    assert resolve_verdict(case, "accept:b") == (("y", 0, 10),)
    with pytest.raises(ValueError, match="span:S-E:CODE"):
        resolve_verdict(case, "span:0-5")
    assert resolve_verdict(case, "span:0-5:y") == (("y", 0, 5),)


def test_case_ids_are_stable_and_digests_content_bound() -> None:
    first = find_cases([coding("a", "x", 0, 10), coding("b", "x", 2, 10)], ["a", "b"])
    again = find_cases([coding("b", "x", 2, 10), coding("a", "x", 0, 10)], ["a", "b"])
    changed = find_cases([coding("a", "x", 0, 10), coding("b", "x", 3, 10)], ["a", "b"])
    assert first[0].id == again[0].id == changed[0].id  # same passage: comments stay
    assert first[0].digest == again[0].digest != changed[0].digest  # decisions see changes


def test_other_coders_and_consensus_are_ignored() -> None:
    consensus = Coding("k", "d", 0, 5, "cid", "x", "uid", "lena", "consensus", "decision", "t")
    cases = find_cases([coding("a", "x", 0, 5), coding("c", "x", 0, 5), consensus], ["a", "b"])
    assert [c.kind for c in cases] == ["presence"]


def test_verdicts() -> None:
    case = find_cases([coding("a", "x", 0, 10), coding("b", "x", 5, 20)], ["a", "b"])[0]
    assert resolve_verdict(case, "accept:a") == (("x", 0, 10),)
    assert resolve_verdict(case, "union") == (("x", 0, 20),)
    assert resolve_verdict(case, "intersection") == (("x", 5, 10),)
    assert resolve_verdict(case, "reject") == ()
    assert resolve_verdict(case, "span:2-12") == (("x", 2, 12),)
    for bad, message in [
        ("accept:z", "not part"),
        ("span:x", "START-END"),
        ("span:9-3", "empty"),
        ("agree", "is a"),
        ("maybe", "unknown verdict"),
    ]:
        with pytest.raises(ValueError, match=message):
            resolve_verdict(case, bad)

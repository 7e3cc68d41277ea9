"""Aligning coders' segments into cases, and what each verdict yields."""

from __future__ import annotations

import pytest

from qualcode.model import Coding
from qualcode.reconcile import find_cases, merge_spans, resolve_verdict


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


def test_kinds() -> None:
    codings = [
        coding("a", "x", 0, 10),
        coding("b", "x", 0, 10),  # agreement
        coding("a", "x", 20, 30),
        coding("b", "x", 22, 30),  # boundary
        coding("a", "x", 40, 50),  # presence
        coding("a", "x", 60, 70),
        coding("b", "y", 60, 70),  # code (twice: x and y)
    ]
    cases = find_cases(codings, ["a", "b"])
    kinds = [(c.start, c.code, c.kind) for c in cases]
    assert kinds == [
        (0, "x", "agreement"),
        (20, "x", "boundary"),
        (40, "x", "presence"),
        (60, "x", "code"),
        (60, "y", "code"),
    ]


def test_case_ids_are_stable_and_content_bound() -> None:
    first = find_cases([coding("a", "x", 0, 10), coding("b", "x", 2, 10)], ["a", "b"])
    again = find_cases([coding("b", "x", 2, 10), coding("a", "x", 0, 10)], ["a", "b"])
    changed = find_cases([coding("a", "x", 0, 10), coding("b", "x", 3, 10)], ["a", "b"])
    assert first[0].id == again[0].id != changed[0].id


def test_other_coders_and_consensus_are_ignored() -> None:
    consensus = Coding("k", "d", 0, 5, "cid", "x", "uid", "lena", "consensus", "decision", "t")
    cases = find_cases([coding("a", "x", 0, 5), coding("c", "x", 0, 5), consensus], ["a", "b"])
    assert [c.kind for c in cases] == ["presence"]


def test_verdicts() -> None:
    case = find_cases([coding("a", "x", 0, 10), coding("b", "x", 5, 20)], ["a", "b"])[0]
    assert resolve_verdict(case, "accept:a") == ((0, 10),)
    assert resolve_verdict(case, "union") == ((0, 20),)
    assert resolve_verdict(case, "intersection") == ((5, 10),)
    assert resolve_verdict(case, "reject") == ()
    assert resolve_verdict(case, "span:2-12") == ((2, 12),)
    for bad, message in [
        ("accept:z", "not part"),
        ("span:x", "START-END"),
        ("agree", "is a"),
        ("maybe", "unknown verdict"),
    ]:
        with pytest.raises(ValueError, match=message):
            resolve_verdict(case, bad)


def test_touching_segments_are_separate_clusters() -> None:
    cases = find_cases([coding("a", "x", 0, 10), coding("b", "x", 10, 20)], ["a", "b"])
    assert [c.kind for c in cases] == ["presence", "presence"]

"""Where a boundary case's versions part: the largest group of alike spans is the
yardstick, and each other group is told by what it takes in or leaves out at either end
(eyes36: five coders, one of them a sentence earlier, four panes to compare by eye)."""

from __future__ import annotations

from qualcode.reconcile.boundaries import Apart, boundaries_apart, span_groups
from qualcode.reconcile.cases import Case, Version


def _case(kind: str, spans: dict[str, tuple[tuple[int, int], ...]]) -> Case:
    versions = {coder: Version({"mission": s}) for coder, s in spans.items()}
    return Case("c1", "d1", 0, 100, ("mission",), kind, versions)  # type: ignore[arg-type]


def test_the_largest_group_is_the_yardstick_and_the_others_part_from_it() -> None:
    same = ((20, 60),)
    case = _case(
        "boundary",
        {"johan": ((10, 60),), "karin": same, "maja": ((30, 70),), "nils": same, "omar": same},
    )
    assert span_groups(case)[0] == (("karin", "nils", "omar"), same)
    alike, parts = boundaries_apart(case)
    assert alike == ("karin", "nils", "omar")
    assert parts == [
        Apart(("johan",), takes_before=(10, 20)),
        Apart(("maja",), leaves_start=(20, 30), takes_after=(60, 70)),
    ]


def test_the_same_ends_with_a_gap_within_is_said_as_such() -> None:
    case = _case("boundary", {"karin": ((0, 50),), "johan": ((0, 20), (30, 50))})
    alike, parts = boundaries_apart(case)
    assert alike == ("karin",)
    assert parts == [Apart(("johan",), inside=True)]


def test_no_boundary_case_no_parting() -> None:
    assert boundaries_apart(_case("code", {"karin": ((0, 5),), "johan": ((0, 9),)})) == ((), [])
    alike = _case("boundary", {"karin": ((0, 5),), "johan": ((0, 5),)})
    assert boundaries_apart(alike) == ((), [])

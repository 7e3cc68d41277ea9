"""Questions that count what one key will change read right for one thing too (seen
accepting suggestions above the threshold: "Accept 1 suggestions ... takes them all back")."""

from __future__ import annotations

import pytest

from qualcode.tui.catalog import Catalog

CASES = [
    (
        "en",
        "confirm_accept_all",
        1,
        "Accept 1 suggestion scoring 0.80 or more? One u takes it back.",
    ),
    (
        "en",
        "confirm_accept_all",
        3,
        "Accept 3 suggestions scoring 0.80 or more? One u takes them all back.",
    ),
    (
        "sv",
        "confirm_accept_all",
        1,
        "Godta 1 förslag med poäng 0.80 eller mer? Ett tryck på u ångrar det.",
    ),
    (
        "sv",
        "confirm_accept_all",
        3,
        "Godta 3 förslag med poäng 0.80 eller mer? Ett tryck på u ångrar alla.",
    ),
]


@pytest.mark.parametrize(("lang", "key", "n", "expected"), CASES)
def test_accept_all_question_counts_in_the_singular_too(
    lang: str, key: str, n: int, expected: str
) -> None:
    assert Catalog(lang)(key, n=n, value="0.80") == expected


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        (
            "en",
            "1 coding of A (every coder) moves to B",
            "All 2 codings of A (every coder) move to B",
        ),
        ("sv", "1 kodning av A (alla kodare) flyttas till B", "Alla 2 kodningar av A"),
    ],
)
def test_merge_question_counts_in_the_singular_too(lang: str, one: str, many: str) -> None:
    t = Catalog(lang)
    assert one in t("cb_confirm_merge", source="A", target="B", n=1)
    assert many in t("cb_confirm_merge", source="A", target="B", n=2)

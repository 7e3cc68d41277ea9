"""The Swedish interface quotes people's words as Swedish print does, ”…”, and the
English one “…”: a rationale under the lead's decision, an earlier decision's, in the
reconcile screen's discussion (and the same helper in the sidebar, codebook, memo list
and themes)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from qualcode.tui.catalog import Catalog
from qualcode.tui.widgets.case_talk import discussion_text


def _view() -> Any:
    earlier = SimpleNamespace(
        verdict="union", decided_by="lena", decided_at="2026-12-01T05:00", rationale="båda"
    )
    return SimpleNamespace(
        verdict="accept:karin",
        decided_by="lena",
        decided_at="2026-12-01T06:00",
        participants=("karin", "johan"),
        rationale="Stress påverkar omsorgen",
        stale=False,
        history=[earlier],
        comments=[],
    )


def test_the_swedish_discussion_quotes_rationales_the_swedish_way() -> None:
    text = discussion_text(_view(), Catalog("sv")).plain
    assert "”Stress påverkar omsorgen”" in text and "”båda”" in text
    assert "“" not in text


def test_the_english_discussion_keeps_english_quotation_marks() -> None:
    text = discussion_text(_view(), Catalog("en")).plain
    assert "“Stress påverkar omsorgen”" in text and "“båda”" in text

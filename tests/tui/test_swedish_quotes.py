"""The Swedish interface quotes people's words as Swedish print does, ”…”, and the
English one “…”: a rationale under the lead's decision, an earlier decision's, in the
reconcile screen's discussion (and the same helper in the sidebar, codebook, memo list
and themes)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from qualcode.project.case_views import CaseView
from qualcode.reconcile.cases import Case
from qualcode.tui.catalog import Catalog
from qualcode.tui.widgets.case_talk import discussion_text


def _view() -> Any:
    earlier = SimpleNamespace(
        verdict="union", decided_by="lena", decided_at="2026-12-01T05:00", rationale="båda"
    )
    case = Case("c1", "d1", 0, 10, ("integration",), "presence")
    return CaseView(
        case,
        verdict="accept:karin",
        decided_by="lena",
        decided_at="2026-12-01T06:00",
        participants=("lena", "karin", "johan"),
        rationale="Stress påverkar omsorgen",
        history=(earlier,),
    )


def test_the_swedish_discussion_quotes_rationales_the_swedish_way() -> None:
    text = discussion_text(_view(), Catalog("sv")).plain
    assert "”Stress påverkar omsorgen”" in text and "”båda”" in text
    assert "“" not in text


def test_the_english_discussion_keeps_english_quotation_marks() -> None:
    text = discussion_text(_view(), Catalog("en")).plain
    assert "“Stress påverkar omsorgen”" in text and "“båda”" in text


def test_a_decision_taken_alone_does_not_name_the_lead_twice() -> None:
    alone = replace(_view(), participants=("lena",))
    text = discussion_text(alone, Catalog("sv")).plain
    assert (
        text.startswith("Avgjort karins version av lena 12-01 06:00 UTC: ”") and " med " not in text
    )
    english = discussion_text(alone, Catalog("en")).plain
    assert english.startswith("Decided karin's version by lena 12-01 06:00 UTC: “")
    together = discussion_text(_view(), Catalog("en")).plain
    assert together.startswith("Decided karin's version by lena 12-01 06:00 UTC with karin, johan:")

"""A memo's entry in the Swedish audit screen says what the memo is on in Swedish: it read
"memo skrivet · target_kind: coding", the payload's field and value as stored (eyes43)."""

from __future__ import annotations

from qualcode.project.audit_said import entry_said
from qualcode.tui.audit_words import ScreenWords
from qualcode.tui.catalog import Catalog

MEMO_ADD = {"memo": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "target_kind": "coding"}


def test_the_memos_target_in_swedish() -> None:
    said = entry_said(MEMO_ADD, ScreenWords(Catalog("sv")))
    assert said == "gäller: kodning"


def test_the_memos_target_in_english() -> None:
    assert entry_said(MEMO_ADD, ScreenWords(Catalog("en"))) == "memo on: coding"

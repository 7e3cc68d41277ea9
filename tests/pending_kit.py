"""Pending suggestions written as the engine writes them, without running it: fixed
scores, method and evidence, so a test (or a screen's snapshot) never moves with the
engine's figures. One row's shape for every test that needs suggestions waiting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qualcode import Project


def suggestion_row(
    doc_id: str,
    start: int,
    end: int,
    code_id: str,
    *,
    score: float = 0.9,
    method: str = "test",
    evidence: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One suggestion as the engine hands it to the store (model version "t")."""
    return {
        "document_id": doc_id,
        "start": start,
        "end": end,
        "code_id": code_id,
        "score": score,
        "method": method,
        "evidence": {} if evidence is None else evidence,
        "model_version": "t",
    }


def write_pending(
    project: Project,
    doc_id: str,
    rows: list[dict[str, Any]],
    codes: Sequence[str] | None = None,
    learned_from: str | None = None,
) -> list[str]:
    """``rows`` (``suggestion_row``) stored as the document's pending suggestions of
    ``codes`` (the rows' codes unless given), replacing those pending before, as
    ``learned_from``'s engine where given; the ids written."""
    codes = sorted({row["code_id"] for row in rows}) if codes is None else codes
    with project.store.transaction():
        return project.store.suggestions.replace_pending([doc_id], list(codes), rows, learned_from)

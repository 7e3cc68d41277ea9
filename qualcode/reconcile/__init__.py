"""Reconciliation: aligning coders' segments into cases the lead decides."""

from qualcode.reconcile.cases import (
    KINDS,
    Case,
    Consensus,
    Version,
    case_id,
    find_cases,
    join_overlaps,
    merge_spans,
    resolve_verdict,
)

__all__ = [
    "KINDS",
    "Case",
    "Consensus",
    "Version",
    "case_id",
    "find_cases",
    "join_overlaps",
    "merge_spans",
    "resolve_verdict",
]

"""Reconciliation: aligning coders' segments into cases the lead decides."""

from qualcode.reconcile.cases import Case, find_cases, merge_spans, resolve_verdict

__all__ = ["Case", "find_cases", "merge_spans", "resolve_verdict"]

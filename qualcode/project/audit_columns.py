"""The audit log as a spreadsheet reads it: one column per field an entry records.

``qualcode audit --format csv`` wrote each entry's fields as one cell of JSON text
(``{"code": "integration", "document": "25307f28-...", "end": 2171, ...}``): a lead
opening the file in LibreOffice or Excel could neither sort by code nor filter by document.
Here every field of the entries becomes a column of its own after ``at``, ``actor`` and
``action``, the fields most entries carry first, and a value that is itself a record or a
list is one readable cell (``date: 2024-03-12; role: enhetschef``). ``--format json``
keeps the entries as they are stored; this is only the flat view of them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qualcode.model import AuditEntry

# the columns every entry has; a payload field of the same name gets a prefix, so neither
# hides the other
ENTRY_COLUMNS = ("at", "actor", "action")
DOCUMENT_NAME = "document_name"  # beside them where an entry is about a document


@dataclass(frozen=True, slots=True)
class AuditColumns:
    """The flat view: ``columns`` in order, and one record per entry (oldest first)
    holding a value for each column the entry has a field for."""

    columns: list[str]
    rows: list[dict[str, object]]


def audit_columns(
    entries: Sequence[AuditEntry], documents: Mapping[str, str] | None = None
) -> AuditColumns:
    """``entries`` with their payload's fields spread into columns: the fields most
    entries carry first (a coding log's ``code``, ``document``, ``start`` ...), ties in
    the order they first appear, so the same log always gives the same columns.

    ``documents`` (entry id -> the document's name as the audit trail gives it, through
    the pseudonym key, a decision's by its case) adds ``document_name`` after ``at``,
    ``actor`` and ``action``: the payload's ``document`` is an id, which a co-author
    reading the sheet cannot place (render44)."""
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(entry.payload.keys())  # Counter keeps first-seen order for ties
    fields = sorted(counts, key=lambda name: -counts[name])
    named = {name: _column(name) for name in fields}
    names = documents or {}
    shown = any(names.get(entry.id) for entry in entries)
    rows = []
    for entry in entries:
        row: dict[str, object] = {"at": entry.at, "actor": entry.actor, "action": entry.action}
        if shown:
            row[DOCUMENT_NAME] = names.get(entry.id, "")
        for name, value in entry.payload.items():
            row[named[name]] = readable(value)
        rows.append(row)
    first = [*ENTRY_COLUMNS, *([DOCUMENT_NAME] if shown else [])]
    return AuditColumns([*first, *(named[name] for name in fields)], rows)


def _column(name: str) -> str:
    return f"payload.{name}" if name in (*ENTRY_COLUMNS, DOCUMENT_NAME) else name


def readable(value: object) -> object:
    """One field's value as a cell a person reads: a number or text as it is, a list as
    ``a; b``, a record as ``key: value; key: value``; anything deeper inside those as
    JSON text, which stays exact where a reader has no better form for it."""
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_inner(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "; ".join(_inner(v) for v in value)
    return value


def _inner(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


__all__ = ["DOCUMENT_NAME", "ENTRY_COLUMNS", "AuditColumns", "audit_columns", "readable"]

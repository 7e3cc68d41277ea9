"""A code's parts as stored (model.Code.parts; migration 16): per language, the stems of
each side of what the code joins, a row a stem. A table of their own, so a file without
it (read-only, not yet migrated: schema.READ_AS_IS) reads every code as having none, as it
had, and so a codebook's fingerprint (``suggestions.py``) changes when a stem does."""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

from qualcode.store.code_rows import PARTS

Parts = dict[str, tuple[tuple[str, ...], ...]]


def read_all(db: sqlite_utils.Database) -> dict[str, Parts]:
    """Every code's parts, by code id."""
    if PARTS.table not in db.table_names():
        return {}  # a read-only file not yet migrated (schema.READ_AS_IS): none
    # a part's number orders the parts and is no index: a damaged or hand-edited file's
    # part 50,000,000 padded the list with empty parts until memory ran out (3.8 GB, 86 s,
    # at every command reading the codebook), and a part -1 or 'x' ended it in a
    # traceback (hostile48); the rows come in the database's order of the numbers
    found: dict[str, dict[str, dict[object, list[str]]]] = {}
    sql = f"SELECT code_id, lang, part, stem FROM {PARTS.table} ORDER BY code_id, lang, part, idx"
    for code_id, lang, part, stem in db.execute(sql).fetchall():
        found.setdefault(code_id, {}).setdefault(lang, {}).setdefault(part, []).append(stem)
    return {
        cid: {lang: tuple(tuple(p) for p in each.values()) for lang, each in langs.items()}
        for cid, langs in found.items()
    }


def replace(
    db: sqlite_utils.Database, code_id: str, parts: Mapping[str, tuple[tuple[str, ...], ...]]
) -> bool:
    """Store ``parts`` as the code's own; whether anything changed."""
    rows = [
        {"code_id": code_id, "lang": lang, "part": p, "idx": i, "stem": stem}
        for lang, each in sorted(parts.items())
        for p, part in enumerate(each)
        for i, stem in enumerate(part)
    ]
    return PARTS.replace(db, code_id, rows)

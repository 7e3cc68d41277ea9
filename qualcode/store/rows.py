"""Small helpers the store's repositories share: ids, times, row conversion."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

# the longest reference a lookup by id or name prefix searches for: far past any id (36
# characters) or name (200), and below SQLite's limit on a LIKE pattern (50,000 bytes):
# a passage pasted as --doc or a coding's id ended in 'sqlite3.OperationalError: LIKE or
# GLOB pattern too complex' (red team 41); a longer one names nothing
LONGEST_REF = 1_000

# the fewest characters of an id's start a reference is taken as (listings print eight):
# "" (an empty shell variable) named the only memo or suggestion there was
ID_PREFIX_MIN = 4


def like_escaped(text: str) -> str:
    """``text`` as a LIKE pattern (with ``ESCAPE '\\'``) matching exactly its characters:
    unescaped, "_" stood for any character and "%" for any run, so `code remove ____`
    removed the only coding and `edit_memo("%")` edited the only memo."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def id_prefix(ref: str) -> str | None:
    """The LIKE pattern (``ESCAPE '\\'``) of the ids beginning with ``ref``; None where
    ``ref`` names no id: shorter than ``ID_PREFIX_MIN`` or longer than ``LONGEST_REF``."""
    if not ID_PREFIX_MIN <= len(ref) <= LONGEST_REF:
        return None
    return like_escaped(ref) + "%"


def new_id() -> str:
    """UUID4 strings: unique across laptops, so coder packages merge without clashes."""
    return str(uuid.uuid4())


def now() -> str:
    """UTC ISO 8601 with microseconds, so events in one second still sort."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def dumps(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def loads(text: str) -> dict[str, Any]:
    return json.loads(text)


def chunks(values: Sequence[str], size: int) -> list[list[str]]:
    """``values`` in lists of at most ``size`` (SQLite's bound parameters are limited);
    one empty list when there are none, so a loop over them still runs once."""
    items = list(values)
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]

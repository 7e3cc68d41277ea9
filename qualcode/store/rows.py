"""Small helpers the store's repositories share: ids, times, row conversion."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any


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

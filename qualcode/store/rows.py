"""Small helpers the store's repositories share: ids, times, row conversion."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
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

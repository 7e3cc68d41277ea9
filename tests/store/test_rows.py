"""store/rows.py: the ids, times and JSON every repository writes. Ids must not clash
across laptops, times must sort in the order things happened, JSON must read back as
written (non-ASCII kept) and be stable (sorted keys) so fingerprints do not drift."""

from __future__ import annotations

import uuid

from qualcode.store.rows import dumps, loads, new_id, now


def test_ids_are_distinct_uuid4s() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_times_are_utc_with_microseconds_and_sort_in_order() -> None:
    stamps = [now() for _ in range(200)]
    assert stamps == sorted(stamps)
    assert all(s.endswith("+00:00") and len(s.split(".")[1]) == 12 for s in stamps)


def test_json_round_trips_keeps_letters_and_sorts_keys() -> None:
    payload = {"ö": "Åby", "a": [1, 2], "m": {"z": None, "b": True}}
    text = dumps(payload)
    assert "Åby" in text and "\\u" not in text
    assert text == dumps(dict(reversed(list(payload.items()))))
    assert loads(text) == payload

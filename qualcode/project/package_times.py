"""When each change in a coder package happened, read as times rather than as text.

A merge orders her changes against the project's own by time: a memo she edited against
a lead's later edit, a coding she brought back against its removal here, a translation
against one written here, a document's status. Those times were compared as strings,
which orders right only while every one is written as qualcode writes it (UTC, +00:00,
microseconds): a package edited by hand or by another program that gave
``2026-12-04T06:00:00+01:00`` (05:00 UTC) beat ``2026-12-04T05:30:00.000000+00:00``,
and ``Z`` sorted after every ``+``. Each time is now parsed, must give its UTC offset (a
time without one could be any of 26 hours), and is written back in qualcode's own form,
so every comparison after this one is a comparison of instants.

A clock from the future: a time later than the merging machine's clock cannot be when
the change was made; it is a coder's laptop clock set wrong (or a hand edit). Taken as
written, her change would win over every change made here until that date, the lead's
later edits included, merge after merge. Refusing the package would leave her unable to
send any work until her clock and every time her copy already holds were put right. So
such a time is read as the moment of the merge that first met it (the latest it can have
happened), and every later merge reads that same time so (the audit's coder.merge entry
keeps what each was read as): a package merged again, or her next one carrying the same
edit, never makes it newer than a lead's edit made since. The lead is told how many.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from qualcode.errors import ValidationError
from qualcode.oneline import shown

# the time fields of each section a package carries; absent or None: not given
TIME_FIELDS: dict[str, tuple[str, ...]] = {
    "codings": ("created_at", "deleted_at", "restored_at"),
    "memos": ("created_at", "deleted_at", "edited_at"),
    "statuses": ("updated_at",),
    "translations": ("created_at",),
    "rejections": ("decided_at",),
    "reopened": ("reopened_at",),
}
_FORM = "an ISO 8601 time with its UTC offset, as 2026-12-04T05:00:00+00:00"


def instant(value: object, where: str) -> datetime:
    """``value`` as a UTC time, or a ``ValidationError`` naming ``where`` and why not."""
    try:
        if not isinstance(value, str):
            raise TypeError
        at = datetime.fromisoformat(value.strip())
    except (TypeError, ValueError):
        raise ValidationError(f"{where}: {shown(value)} is not {_FORM}") from None
    if at.utcoffset() is None:
        raise ValidationError(
            f"{where}: {shown(value)} gives no UTC offset, so when it happened is unknown; "
            f"write {_FORM}"
        )
    try:
        return at.astimezone(UTC)
    except OverflowError:
        raise ValidationError(f"{where}: {shown(value)} is out of range") from None


def written(at: datetime) -> str:
    """A UTC time as qualcode stores it (``store.rows.now``), so stored times sort as text."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def settle_times(
    package: dict[str, Any], name: str, read_before: dict[str, str], now: datetime | None = None
) -> tuple[int, dict[str, str]]:
    """Every time in the package parsed and rewritten in qualcode's form, in place. A time
    an earlier merge read as its own (``read_before``) is read so again, ahead of ``now``
    (this machine's clock) or not by now; any other time later than ``now`` is read as
    ``now``. Returns how many times lay ahead, and the ones read so for the first time
    (written time -> read as), for the audit."""
    clock = written(now or datetime.now(UTC))
    ahead, first = 0, {}
    for section, fields in TIME_FIELDS.items():
        rows = package.get(section, [])
        for index, row in enumerate(rows if isinstance(rows, list) else []):
            for field in fields:
                if not isinstance(row, dict) or row.get(field) is None:
                    continue
                at = written(instant(row[field], f"{name}: {section}[{index}]: field {field!r}"))
                if at > clock:
                    ahead += 1
                    if at not in read_before:
                        first[at] = read_before[at] = clock
                # read as before also once this clock has passed it: a laptop an hour
                # fast, merged again later, beat the lead's edit made between (review35)
                row[field] = read_before.get(at, at)
    return ahead, first


def read_ahead(entries: list[Any]) -> dict[str, str]:
    """What earlier merges read each time ahead of their clock as (``times_ahead`` in the
    audit's coder.merge entries)."""
    seen: dict[str, str] = {}
    for entry in entries:
        ahead = entry.payload.get("times_ahead")
        if isinstance(ahead, dict):
            seen.update({k: v for k, v in ahead.items() if isinstance(v, str)})
    return seen

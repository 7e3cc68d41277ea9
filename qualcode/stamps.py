"""A stored time as a person reads it: to the minute, with its zone.

Every time the project stores is UTC (``store.rows.now``). Printed bare, "2026-12-05 12:41"
reads as the reader's own clock, an hour off in Swedish winter and two in summer, and the same
minute then means two moments on two screens: the reconciliation agenda said "UTC" while the
comments on the TUI's case, the documents' restore list and the CLI's memo, document and set
listings did not (review45). One rule, here, for every face.

It imports nothing of qualcode, beside ``oneline``, so the CLI's tables import it at start-up:
kept in ``project/`` it loaded the service, the store and sqlite-utils with it, and the
tables imported it inside the commands to keep ``qualcode --version`` light.
"""

from __future__ import annotations

from datetime import UTC, datetime


def minute(stamp: str | None, *, year: bool = True) -> str:
    """``stamp`` (ISO 8601, as stored) as "2026-12-05 12:41 UTC"; "" for none, and a stamp
    that does not parse as it stands rather than lost. A time with another offset (one
    read from another tool's file) is moved to UTC first, so that every printed minute is
    on the one clock the label names. ``year=False`` ("12-05 12:41 UTC", no longer than
    the bare minute was) for a pane as narrow as the TUI's discussion at 80 columns, as the
    audit screen drops the year where it is narrow."""
    if not stamp:
        return ""
    try:
        at = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if at.tzinfo is not None:
        at = at.astimezone(UTC)
    return f"{at:%Y-%m-%d %H:%M} UTC" if year else f"{at:%m-%d %H:%M} UTC"

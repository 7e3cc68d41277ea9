"""A coding the coder removed and brought back in her own copy between two merges.

The merge marked a removal its package gave but took a coding it held removed as done, so
a coding she removed, the lead merged, and she brought back (``u``, ``code restore``: the
same id) stayed removed in the lead's project, counted nowhere, without a word. Her
package now says when each coding was last brought back (``restored_at``, from the
audit's coding.restore entries), and the merge restores one it holds removed since before
that; an older package's removal never removes it again.
"""

from __future__ import annotations

from typing import Any


def last_times(entries: list[Any], subject: str, field: str) -> dict[str, str]:
    """The latest time of each ``subject`` (the payload key naming a coding or a memo) in
    audit ``entries``: the payload's ``field`` where a merge brought the change (the time she
    made it), else the entry's own time. Restored codings and edited memos both read so."""
    times: dict[str, str] = {}
    for entry in entries:
        of, at = entry.payload.get(subject), entry.payload.get(field, entry.at)
        if isinstance(of, str) and isinstance(at, str) and at > times.get(of, ""):
            times[of] = at
    return times


def restore_times(entries: list[Any]) -> dict[str, str]:
    """When each coding was last brought back (the audit's coding.restore entries): her
    package says so, and a merge restores a coding it holds removed since before that."""
    return last_times(entries, "coding", "restored_at")

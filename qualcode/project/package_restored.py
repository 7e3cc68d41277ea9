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


def restore_times(entries: list[Any]) -> dict[str, str]:
    """When each coding was last brought back (the audit's coding.restore entries): her
    package says so, and a merge restores a coding it holds removed since before that."""
    times: dict[str, str] = {}
    for entry in entries:
        coding, at = entry.payload.get("coding"), entry.payload.get("restored_at", entry.at)
        if isinstance(coding, str) and isinstance(at, str) and at > times.get(coding, ""):
            times[coding] = at
    return times

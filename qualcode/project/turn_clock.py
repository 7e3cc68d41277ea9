"""Where in the recording a turn begins, as a person reads it: H:MM:SS.

The codings export's time column and the coding screen's time at a turn each had their own
copy of this (review31): the two could drift apart, and a coder comparing the sheet with
the screen would then read two times for one turn. Both faces and the export use this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["clock", "turn_times"]


def clock(seconds: float | None) -> str:
    """``seconds`` as H:MM:SS, cut to the whole second (as a player's position reads, so
    59.9 s is still 0:00:59), hours unbounded (a ten-hour recording reads 10:00:00); ''
    for a turn without a time (an untimed transcript, or a turn the cues never reached)."""
    if seconds is None:
        return ""
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def turn_times(store: Any, frame: pd.DataFrame) -> list[str]:
    """Each coding's turn's start in the recording (``frame``: codings with their
    ``document`` and ``turn``, counted from 1) as H:MM:SS, '' where none is known: the
    codings export's time column."""
    import pandas as pd

    starts = {
        (doc_id, t.idx + 1): t.start_time
        for doc_id in set(frame["document"])
        for t in store.documents.turns(doc_id)
    }
    times = []
    for doc_id, turn in zip(frame["document"], frame["turn"], strict=True):
        at = None if pd.isna(turn) else starts.get((doc_id, int(turn)))
        times.append(clock(at))
    return times

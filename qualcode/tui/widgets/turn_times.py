"""Where in the recording each turn begins, drawn at the turn on the coding screen.

A .vtt, .srt or Teams transcript keeps its cue times with its turns, not in its text, so a
coder reading "Lena: ..." could not tell where in the hour-long recording to listen again;
the codings export had the time, the screen did not. The time of a turn whose line already
shows its stamp ("[00:14:32] Lena: ...") is not drawn twice. The time reads as the
codings export writes it (``project/turn_clock.clock``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qualcode.model import Turn
from qualcode.project.turn_clock import clock

__all__ = ["TIME_CELLS", "turn_clocks"]

TIME_CELLS = 9  # the column the times take at the right: a space and "10:14:32"
_STAMP = re.compile(r"\d:\d\d")


def turn_clocks(text: str, turns: Iterable[Turn]) -> dict[int, str]:
    """The time of each timed turn, keyed by the offset of the line it starts on."""
    clocks: dict[int, str] = {}
    for turn in turns:
        if turn.start_time is None:
            continue
        line = text.rfind("\n", 0, turn.start) + 1
        if not _STAMP.search(text, line, turn.start):
            clocks.setdefault(line, clock(turn.start_time))
    return clocks

"""Positions of a .qdpx's selections mapped onto the text as qualcode stores it: the
exporter counted its own line ends and characters; qualcode keeps the text NFC with ``\n``
line ends (DESIGN.md: offsets are sacred), so every position is mapped once on import."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable


def selection_positions(raw: str, crlf_is_two: bool) -> tuple[str, Callable[[int], int]]:
    """The stored text and a map from the exporter's positions to ours.

    Each position was mapped by counting the line ends and normalising the whole text
    before it anew: a 490 KB transcript with decomposed accents (å as a and a ring, as a
    Mac writes them) took 24 s for 2,000 positions, so a project of a thousand codings
    per interview imported for half an hour. The line ends are found once (a binary
    search per position) and the text is normalised once up to checkpoints at ASCII
    characters, which compose with nothing before them, so a position normalises only
    what lies after the checkpoint before it. The same positions as before."""
    collapsed = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", collapsed)
    line_ends = [m.start() for m in re.finditer("\r\n", raw)] if crlf_is_two else []
    checkpoints, lengths = checkpoints_of(collapsed) if text != collapsed else ([], [])

    def position(p: int) -> int:
        if p < 0:  # refused as it stands (check_span); mapped, it read from the text's end
            return p
        if line_ends:
            p -= bisect.bisect_right(line_ends, p - 2)  # those ending at or before p
        if checkpoints:
            at = bisect.bisect_right(checkpoints, p) - 1
            start = checkpoints[at]
            p = lengths[at] + len(unicodedata.normalize("NFC", collapsed[start:p]))
        return p

    return text, position


CHECKPOINT_EVERY = 2048  # characters between the places a position's normalising starts at


def checkpoints_of(text: str) -> tuple[list[int], list[int]]:
    """Places in ``text`` (0 and ASCII characters about every ``CHECKPOINT_EVERY``) with
    the length of the text before each once normalised (NFC). An ASCII character is a
    starter that composes with nothing before it, so the text normalises in pieces cut
    there exactly as whole."""
    places, lengths, done, at = [0], [0], 0, CHECKPOINT_EVERY
    while at < len(text):
        if ord(text[at]) < 128:
            done += len(unicodedata.normalize("NFC", text[places[-1] : at]))
            places.append(at)
            lengths.append(done)
            at += CHECKPOINT_EVERY
        else:
            at += 1
    return places, lengths

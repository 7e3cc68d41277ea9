"""A .qdpx source's positions are mapped to the stored text without reading it anew each
time (red team 16).

Each selection's start and end was mapped by counting the Windows line ends before it and
normalising the whole text before it (NFC): a 490 KB transcript with decomposed accents (å
as a and a ring, as a Mac writes them) took 24 s for 2,000 positions, so an interview of a
thousand codings took the better part of a minute and a project of thirty half an hour,
and a crafted file of 100,000 selections hours. The map is now built once; these tests
hold it to the position the old way gave, for every position of texts that test where a
normalised piece may be cut.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

from qualcode.project import refi_positions
from qualcode.project.refi_positions import selection_positions


def _as_before(raw: str, crlf_is_two: bool, p: int) -> int:
    """The position as it was computed: the line ends and the whole text before it."""
    collapsed = raw.replace("\r\n", "\n").replace("\r", "\n")
    if crlf_is_two:
        p -= raw.count("\r\n", 0, p)
    if unicodedata.normalize("NFC", collapsed) != collapsed:
        p = len(unicodedata.normalize("NFC", collapsed[:p]))
    return p


PIECES = ["a", "o", "A", " ", "\r\n", "\n", "\r", "\u0308", "\u030a", "\u0301", "å", "\u1100"]
PIECES += ["\u1161", "\u11a8", "\uac00", "e\u0301\u0323", "\u0323", "x"]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("crlf_is_two", [True, False])
def test_every_position_maps_as_before(
    seed: int, crlf_is_two: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refi_positions, "CHECKPOINT_EVERY", 7)  # many cuts in a short text
    rng = random.Random(seed)
    raw = "".join(rng.choice(PIECES) for _ in range(400))
    text, position = selection_positions(raw, crlf_is_two)
    assert text == unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    for p in range(len(raw) + 3):
        assert position(p) == _as_before(raw, crlf_is_two, p), p
    # a negative position counted the line ends from the text's end, and normalised it
    # came out inside the text, where a coding could land; it stays negative, refused
    assert [position(p) for p in (-1, -50)] == [-1, -50]


def test_a_long_decomposed_transcript_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Normalising counted in characters: each position normalises at most what lies
    after a checkpoint, not the whole text before it."""
    normalised = {"characters": 0}
    normalize = unicodedata.normalize

    def counted(form: str, text: str) -> str:
        normalised["characters"] += len(text)
        return normalize(form, text)

    raw = "Intervjuare: Hur ga\u0308r det?\r\nSvar: Det ga\u030ar bra.\r\n" * 5000
    monkeypatch.setattr(refi_positions.unicodedata, "normalize", counted)
    _, position = selection_positions(raw, True)
    for p in range(0, len(raw), len(raw) // 1000):
        position(p)
    assert normalised["characters"] < 3 * len(raw) + 1000 * 2 * refi_positions.CHECKPOINT_EVERY

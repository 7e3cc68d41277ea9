"""Fitting a table's columns into the terminal's width, for the documents list.

At 80 columns the list showed the name, municipality, role and status and left a coder's
codings and progress a scroll to the right, where nobody looks. A table that is too wide
now gives up, in this order, what costs least: header letters no cell needs
("Municipality" over "Norrvik" becomes "Munici…"), the ends of long attribute values, the
middle of the name down to a readable width, and then the columns a coder can do without
(words, language, the other attributes), which are left out whole rather than cut.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

PAD = 2  # a DataTable cell's padding, one each side
NAME_MIN = 16  # a file name cut shorter than this no longer tells documents apart
NAME_COMFORT = 22  # the others give up letters before the name goes below this
HEADER_MIN = 5  # a header cut shorter than this ("Mun…") says nothing
ATTRIBUTE_MIN = 12  # an attribute value cut shorter than this ("förvaltnin…") is guesswork


@dataclass(frozen=True, slots=True)
class Fit:
    """The columns to show (indices into the table's columns, in order), their widths
    and their headers, shortened where they had to be."""

    columns: list[int]
    widths: dict[int, int]
    headers: dict[int, str]


def cut_end(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, its end given up for "…"."""
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…" if width > 0 else ""


def fit(
    headers: Sequence[str],
    values: Sequence[int],
    keep: int,
    room: int,
    attributes: Sequence[int] = (),
    short: Mapping[int, str] | None = None,
) -> Fit | None:
    """How to show columns of ``values`` widest cells under ``headers`` in ``room`` cells,
    or None when every column fits as it is. Column 0 is the name; columns below ``keep``
    always stay (cut as above), the others only while they fit whole; ``attributes``
    are the kept columns whose values may lose their ends; ``short`` gives a column a
    shorter header of its own ("Count" for "Codings"), used instead of a cut one."""
    short = short or {}
    natural = [max(len(h), v) for h, v in zip(headers, values, strict=True)]
    if sum(w + PAD for w in natural) <= room:
        return None
    widths = dict(enumerate(natural))
    kept = list(range(keep))

    def name_room() -> int:
        return room - sum(widths[i] + PAD for i in kept[1:]) - PAD

    target = min(natural[0], NAME_COMFORT)
    floors = {i: max(values[i], len(short.get(i, "")) or HEADER_MIN) for i in kept[1:]}
    _give(widths, floors, target - name_room())
    _give(widths, {i: min(values[i], ATTRIBUTE_MIN) for i in attributes}, target - name_room())
    widths[0] = max(NAME_MIN, min(natural[0], name_room()))
    left = room - sum(widths[i] + PAD for i in kept)
    shown = list(kept)
    for i in range(keep, len(headers)):
        if widths[i] + PAD <= left:
            shown.append(i)
            left -= widths[i] + PAD
    widths[0] += max(left, 0)  # the name takes the cells no column fills
    return Fit(
        shown,
        {i: widths[i] for i in shown},
        {i: _header(headers[i], short.get(i), widths[i]) for i in shown},
    )


def _header(header: str, short: str | None, width: int) -> str:
    if len(header) > width and short and len(short) <= width:
        return short
    return cut_end(header, width)


def _give(widths: dict[int, int], floors: dict[int, int], wanted: int) -> None:
    """Take up to ``wanted`` cells from the columns in ``floors``, one at a time from the
    one with most to spare, none below its floor."""
    while wanted > 0:
        spare = {i: widths[i] - floor for i, floor in floors.items() if widths[i] > floor}
        if not spare:
            return
        widest = max(spare, key=lambda i: (spare[i], -i))
        widths[widest] -= 1
        wanted -= 1

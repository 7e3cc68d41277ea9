"""The frequency pivot: coded segments and coded words per code and attribute value.

A plain table model (no pandas, no widgets) so that the reports screen, exports and tests
read the same numbers; the TUI only draws it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

MISSING = "?"


@dataclass(slots=True)
class Pivot:
    """Coded segments and coded words per code (rows) and attribute value (columns)."""

    codes: list[str]
    values: list[str]
    cells: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    def get(self, code: str, value: str, measure: str) -> int:
        segments, words = self.cells.get((code, value), (0, 0))
        return segments if measure == "segments" else words

    def row_total(self, code: str, measure: str) -> int:
        return sum(self.get(code, v, measure) for v in self.values)

    def column_total(self, value: str, measure: str) -> int:
        return sum(self.get(c, value, measure) for c in self.codes)

    def total(self, measure: str) -> int:
        return sum(self.row_total(c, measure) for c in self.codes)


def value_label(value: Any, missing: str = MISSING) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return missing
    return str(value)


def pivot(
    records: list[dict[str, Any]],
    attribute: str | None,
    codebook: list[str],
    known_values: Iterable[Any] = (),
    everything: str = "all",
    missing: str = MISSING,
    in_order: bool = False,
) -> Pivot:
    """Frequency records (``code``, the attribute, ``segments``, ``words``) as a pivot.

    Every code of the codebook gets a row, coded or not, in codebook order; a code that
    has segments but left the codebook comes last rather than vanishing. ``known_values``
    (the documents' values of the attribute) give every value a column, so the columns
    stay put when another layer has nothing coded somewhere. Without an attribute there is
    one column, named ``everything``. A document without a value is counted under
    ``missing`` (the reports screen's words: a "?" column told a lead nothing, eyes20).
    Columns go in the values' sorted order; ``in_order`` keeps ``known_values``' own
    order, values met only in the records after them: coders as printed come in the order
    the reports list them ("Kodare B" before "Kodare AA", "Kodare 2" before "Kodare 10"),
    which sorting the text did not keep.
    """
    extra = sorted({str(r["code"]) for r in records} - set(codebook))
    known = list(dict.fromkeys(value_label(v, missing) for v in known_values))
    found = {value_label(r.get(attribute) if attribute else None, missing) for r in records}
    if not attribute:
        values = [everything]
    elif in_order:
        values = [*known, *sorted(found - set(known))]
    else:
        values = sorted(found | set(known))
    table = Pivot([*codebook, *extra], values)
    for r in records:
        key = (str(r["code"]), value_label(r.get(attribute), missing) if attribute else everything)
        segments, words = table.cells.get(key, (0, 0))
        table.cells[key] = (segments + int(r["segments"]), words + int(r["words"]))
    return table

"""Where a package row stands: on a document and a code the package lists, over a span.

A coding and a rejected suggestion are both a passage of a document under a code; each
was checked by a copy of the same three refusals (5ec623a), so a change to one (a new
refusal, other words) would have left the other behind. One check serves both.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from qualcode.errors import ValidationError


def check_placed(
    row: dict[str, Any], where: str, docs: Collection[str], codes: Collection[str]
) -> None:
    """Refuse ``row`` (named ``where``) unless its document and code are among the
    package's own (``docs``, ``codes``) and its offsets make a span."""
    if row["document_id"] not in docs:
        raise ValidationError(f"{where}: document {row['document_id']!r} is not listed")
    if row["code_id"] not in codes:
        raise ValidationError(f"{where}: code {row['code_id']!r} is not listed")
    if not 0 <= row["start"] < row["end"]:
        raise ValidationError(f"{where}: offsets {row['start']}-{row['end']} are no span")

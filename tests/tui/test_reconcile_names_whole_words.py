"""The reconcile table names codes in whole words, turning points by where they go
(eyes38). Seen as the lead at 100 columns, English: "separating to integrati…service
quality", its middle given up as the agreement table's and the chart's were before
(eyes37b); the words before and after the cut named no code."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives a whole Textual app through the reconcile screen

NAMES = (
    "From mission monologue to mission dialogue",
    "From individual to systems perspective",
    "From separating to integrating work environment and service quality",
    "From short-term to long-term economic governance",
)


def _whole_words(label: str) -> bool:
    """``label`` is words of a code's name in their order, at most its end given up."""
    words = label.removesuffix("…").split()
    return any(" ".join(words) in name and all(w in name.split() for w in words) for name in NAMES)


async def test_the_code_column_cuts_no_word(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        await pilot.press("R")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        labels = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
    single = [label for label in labels if " / " not in label]
    assert single, labels
    for label in single:
        assert _whole_words(label), label

"""A table of rows (the documents, the reconcile cases, the audit trail) whose Home and End
go to the first and the last row, as they go to the first and last sentence in a
transcript. DataTable's own Home and End scroll a row cursor's columns sideways, which a
table that fits the screen does not show: End on the documents list did nothing a coder
could see, and Enter then opened the first document, not the last (eyes41). The keys stay
DataTable's (so the keys panel keeps its order, Enter first), only what they do changes."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.widgets import DataTable

CellT = TypeVar("CellT")


class RowTable(DataTable[CellT], Generic[CellT]):
    def action_scroll_home(self) -> None:
        """Home: the first row."""
        self.action_scroll_top()

    def action_scroll_end(self) -> None:
        """End: the last row."""
        self.action_scroll_bottom()

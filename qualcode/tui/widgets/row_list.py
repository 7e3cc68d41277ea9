"""A list of choices (the sentences below the threshold, a code's passages, the memos, the
themes, the search hits, the document sets) that `j` and `k` move through, as they move
through the sentences of a transcript and the rows of the documents, the cases and the
audit trail. OptionList knows only the arrows: a coder who moves by `j` all day opened `l`,
pressed `j` and nothing happened; `a` then coded the first sentence, not the one she meant
(tui47). The keys are unshown (the footer has no room for them) and listed by `?`."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class RowList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
    ]

"""What a memo will be about, asked when no coding is under the cursor.

`m` used to write a document memo without a word when the line had no coding, so a coder
who meant the passage found the note detached from it. Now the dialog names both choices,
the selected passage (quoted) and the whole document, with the passage first; `p`, `d` or
Enter chooses, Esc writes nothing.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import literal, markup
from qualcode.tui.screens.base import QualcodeModal
from qualcode.tui.widgets.row_list import RowList

EXCERPT = 60  # characters of the passage quoted in the choice


def excerpt(text: str, room: int = EXCERPT) -> str:
    """The passage on one line, cut at a word with an ellipsis when long."""
    flat = " ".join(text.split())
    return flat if len(flat) <= room else flat[:room].rsplit(" ", 1)[0] + "…"


class MemoTargetScreen(QualcodeModal[str | None]):
    """Dismisses with "passage", "document" or None (Esc)."""

    # priority: chosen as the key arrives, so the memo typed straight after it reaches the
    # editor; as ordinary bindings the option list got the key only after the app had sent
    # it the memo's letters, which it dropped ("m p why" saved nothing)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "choose('passage')", "Passage", id="memo_target.passage", priority=True),
        Binding("d", "choose('document')", "Document", id="memo_target.document", priority=True),
        Binding(
            "enter",
            "choose_highlighted",
            "Choose",
            show=False,
            id="memo_target.choose",
            priority=True,
        ),
        # q too, as q goes back everywhere: a coder pressed q here, stayed, and her next
        # letters chose 'd' and wrote a document memo of what she typed after it (eyes40)
        Binding("escape,q", "choose('')", "Cancel", id="memo_target.cancel"),
    ]

    def __init__(self, passage: str, document: str) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.passage, self.document = passage, document

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(classes="cb-dialog", id="memo-target"):
            yield Static(markup(t("memo_target_title")), classes="cb-dialog-title")
            yield RowList(
                Option(literal(t("memo_target_passage", text=excerpt(self.passage))), "passage"),
                Option(literal(t("memo_target_document", doc=self.document)), "document"),
                id="memo-target-list",
            )
            yield Static(markup(t("memo_target_keys")), classes="cb-dialog-hint")

    def on_mount(self) -> None:
        listed = self.query_one(OptionList)
        listed.highlighted = 0
        listed.focus()

    @on(OptionList.OptionSelected, "#memo-target-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_choose_highlighted(self) -> None:
        listed = self.query_one(OptionList)
        at = listed.highlighted
        self.dismiss(listed.get_option_at_index(at).id if at is not None else None)

    def action_choose(self, target: str) -> None:
        self.dismiss(target or None)

"""Which coding a key acts on when several of the coder's own lie under the cursor.

`m`, `e` and `x` took the first coding there without a word, so on a passage coded with two
codes the memo went onto one of them, the change or removal hit one of them, and the coder
could not tell which (only the dialog's title, or the note after, named the code). Now
each coding is listed by its code and its first words; `1`-`9` or Enter on a line chooses,
Esc does nothing.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import literal, markup
from qualcode.tui.screens.base import QualcodeModal
from qualcode.tui.widgets.row_list import RowList


class CodingChoiceScreen(QualcodeModal[str | None]):
    """Lists (coding id, label) pairs; dismisses with the chosen id, or None (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss_none", "Cancel", id="coding_choice.cancel"),
    ]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.title_text, self.choices = title, choices

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(classes="cb-dialog", id="coding-choice"):
            yield Static(
                markup(t("coding_choice_title", action=self.title_text)), classes="cb-dialog-title"
            )
            yield RowList(
                *(
                    Option(literal(f"{n}  {label}"), ident)
                    for n, (ident, label) in enumerate(self.choices, start=1)
                ),
                id="coding-choice-list",
            )
            yield Static(markup(t("coding_choice_keys")), classes="cb-dialog-hint")

    def on_mount(self) -> None:
        listed = self.query_one(OptionList)
        listed.highlighted = 0
        listed.focus()

    @on(OptionList.OptionSelected, "#coding-choice-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdigit():
            at = int(event.character) - 1
            if 0 <= at < len(self.choices):
                event.stop()
                self.dismiss(self.choices[at][0])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

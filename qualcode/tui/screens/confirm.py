"""A yes/no question over the current screen, for actions that change shared data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import markup
from qualcode.tui.screens.base import QualcodeModal


class ConfirmScreen(QualcodeModal[bool]):
    """Asks ``message``; y/Enter on Yes confirms, n/Esc declines. Dismisses with the answer.

    ``again`` are the keys of the action being confirmed: pressing the same key a second
    time answers yes, as a coder who meant it presses it (``D`` twice marks done)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, message: str, again: Sequence[str] = ()) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.message = message
        for key in again:
            self._bindings.bind(key, "answer(True)", show=False)

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(classes="cb-dialog"):
            yield Static(markup(self.message), classes="cb-dialog-text")
            with Horizontal(classes="cb-dialog-buttons"):
                yield Button(t("cb_yes"), id="yes", variant="warning")
                yield Button(t("cb_no"), id="no")

    def on_mount(self) -> None:
        # the buttons name their keys ("Yes (y)"): a modal has no footer, and a coder asked
        # whether to mark a document done did not know a key answered
        t = self.app.t
        for button, binding_id, word in (
            ("yes", "confirm.yes", "cb_yes"),
            ("no", "confirm.no", "cb_no"),
        ):
            key = self._key_of(binding_id)
            self.query_one(f"#{button}", Button).label = f"{t(word)} ({key})" if key else t(word)
        self.query_one("#no", Button).focus()

    def _key_of(self, binding_id: str) -> str:
        """The first key bound to ``binding_id`` now (a keymap file may have moved it)."""
        for key, active in self.active_bindings.items():
            if active.binding.id == binding_id and active.node is self:
                return self.app.get_key_display(Binding(key, ""))
        return ""

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)

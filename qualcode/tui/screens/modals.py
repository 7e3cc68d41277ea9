"""Small modal dialogs: who is coding, and a line of text (a memo).

Each returns its answer through ``dismiss`` so the caller decides what to write; none of
them touches the project file except the coder dialog adding a new coder on request.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList

from qualcode.errors import QualcodeError


class CoderScreen(ModalScreen[str]):
    """First run: pick yourself among the project's coders, or add yourself by name."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.quit", "Quit", id="who.quit"),
    ]

    def compose(self) -> ComposeResult:
        t = self.app.t  # type: ignore[attr-defined]
        coders = self.app.project.coders()  # type: ignore[attr-defined]
        with Vertical(id="who", classes="dialog"):
            yield Label(f"[b]{t('who_title')}[/b]")
            yield Label(t("who_hint"), classes="hint")
            yield OptionList(*[f"{c.name}  ({t('role.' + c.role)})" for c in coders], id="coders")
            yield Input(placeholder=t("new_coder"), id="new-coder")
        self._names = [c.name for c in coders]

    def on_mount(self) -> None:
        target = self.query_one(OptionList if self._names else Input)
        target.focus()

    @on(OptionList.OptionSelected, "#coders")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._names[event.option_index])

    @on(Input.Submitted, "#new-coder")
    def _added(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            return
        project = self.app.project  # type: ignore[attr-defined]
        if name not in self._names:
            try:
                project.add_coder(name, actor=name)
            except QualcodeError as exc:
                self.notify(str(exc), severity="error")
                return
        self.dismiss(name)


class TextPrompt(ModalScreen[str | None]):
    """One line of text with a title (a memo); Enter keeps it, Escape drops it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(self, title: str, placeholder: str = "", shown: list[str] | None = None) -> None:
        super().__init__()
        self._title, self._placeholder, self._shown = title, placeholder, shown or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"[b]{self._title}[/b]")
            for line in self._shown:
                yield Label(line, classes="hint", markup=False)
            yield Input(placeholder=self._placeholder, id="text")

    @on(Input.Submitted, "#text")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_mount(self, _event: Any = None) -> None:
        self.query_one(Input).focus()

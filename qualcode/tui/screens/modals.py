"""Small modal dialogs: who is coding, and a line of text (a memo).

Each returns its answer through ``dismiss`` so the caller decides what to write; none of
them touches the project file except the coder dialog adding a new coder on request.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Key
from textual.widgets import Input, Label, OptionList
from textual.widgets.input import Selection

from qualcode.errors import QualcodeError
from qualcode.tui.safe import filled, literal, plain
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeModal


def _composed(name: str) -> str:
    """A name as the project keeps it (NFC): "Åsa" pasted from a Mac's file list is an A
    and a combining ring, and Enter on it added nobody ('already exists') instead of
    choosing Åsa (small37)."""
    return unicodedata.normalize("NFC", name)


class CoderScreen(QualcodeModal[str]):
    """First run: type your name (the list narrows to matching coders) or pick from it.

    Enter takes an existing coder whose name matches exactly (ignoring case), else the
    only one still listed, else adds the typed name as a new coder; Down moves into the list.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Quit", id="who.quit"),
    ]

    def __init__(self, switching: bool = False, lead: str | None = None) -> None:
        """``switching``: asked by ``w`` while someone is already coding, so Esc keeps that
        person (it closed the whole program); on first run nobody is, and Esc quits.
        ``lead``: the lead at the keyboard, whose ``w`` works as another coder for this
        session: "Type your name ... Remembered for this login" told her to give a name
        she already had and promised to keep a choice that is never kept (tui45)."""
        super().__init__()
        self.switching = switching
        self.lead = lead

    def action_leave(self) -> None:
        if self.switching:
            self.dismiss(None)
        else:
            self.app.exit()

    def compose(self) -> ComposeResult:
        t = self.app.t
        # a coder's own copy (`handout`) offers her first: ↓ and Enter took the lead
        self._coders, handed = self.app.project.coders_offered(self.lead)
        self._shown = [c.name for c in self._coders]
        with Vertical(id="who", classes="dialog"):
            yield Label(f"[b]{t('who_title_lead' if self.lead else 'who_title')}[/b]")
            # nobody yet, and her own file: the first name typed is its lead (Project.join)
            first = self.app.project.joins_as_lead()
            hint = t("who_hint_first" if first else "who_hint")
            if self.lead:
                hint = t("who_hint_lead", me=self.lead)
            elif handed is not None:
                hint = t("who_hint_handout", coder=handed)
            yield Label(literal(hint), classes="hint")
            placeholder = t("who_name_lead" if self.lead else "new_coder")
            yield Input(placeholder=placeholder, id="new-coder")
            yield OptionList(*self._options(""), id="coders")

    def _options(self, typed: str) -> list[Text]:
        t = self.app.t
        needle = _composed(typed).strip().casefold()
        self._shown = [c.name for c in self._coders if needle in c.name.casefold()]
        roles = {c.name: c.role for c in self._coders}
        return [literal(f"{name}  ({t('role.' + roles[name])})") for name in self._shown]

    def on_mount(self) -> None:
        # a project that holds nobody: no empty box under the name line
        self.query_one(OptionList).display = bool(self._shown)
        self.query_one(Input).focus()

    @on(Input.Changed, "#new-coder")
    def _typed(self, event: Input.Changed) -> None:
        listed = self.query_one(OptionList)
        listed.clear_options()
        listed.add_options(self._options(event.value))
        listed.display = bool(self._shown)  # no empty box under a brand-new name

    def on_key(self, event: Key) -> None:
        if event.key == "down" and self.query_one(Input).has_focus and self._shown:
            event.stop()
            listed = self.query_one(OptionList)
            listed.highlighted = 0
            listed.focus()

    @on(OptionList.OptionSelected, "#coders")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._shown[event.option_index])

    @on(Input.Submitted, "#new-coder")
    def _entered(self, event: Input.Submitted) -> None:
        name = _composed(event.value).strip()
        same = [c.name for c in self._coders if _composed(c.name).casefold() == name.casefold()]
        if same or (len(self._shown) == 1 and name):
            self.dismiss(same[0] if same else self._shown[0])
            return
        if not name:
            return
        refused = self.app.switch_refused(name) if self.switching else None
        if refused:  # asked first: a login that may not switch to the name adds nobody
            self.notify(refused, severity="error")
            self.dismiss(None)
            return
        try:
            joined = self.app.project.join(name)
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            return
        if joined.role == "lead":  # the first in the project: said, not found out later
            self.app.notify(self.app.t("who_first_lead", name=joined.name), markup=False)
        self.dismiss(name)


class TextPrompt(QualcodeModal[str | None]):
    """One line of text with a title (a memo); Enter keeps it, Escape drops it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(
        self,
        title: str,
        placeholder: str = "",
        shown: list[str] | None = None,
        value: str = "",
        write: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__()
        self._title, self._placeholder, self._shown = title, placeholder, shown or []
        self._value = value
        # saves the text while the line is open; False: refused (a read-only or busy
        # project, a name the project will not take) and the line stays with the words
        self._write = write

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(filled("[b]$title[/b]", title=self._title))
            for line in self._shown:
                yield Label(plain(line), classes="hint", markup=False)
            # a value offered (the selected words as a code's name) is selected from the
            # start, so that typing replaces it, even keys typed before the focus arrives
            yield Input(
                self._value, placeholder=self._placeholder, id="text", select_on_focus=False
            )

    @on(Input.Submitted, "#text")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip() or None
        if text is not None and self._write is not None and not self._write(text):
            return  # refused: said by the caller, and the typed words stay in the line
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_mount(self, _event: Any = None) -> None:
        field = self.query_one(Input)
        field.selection = Selection(0, len(self._value))
        field.focus()

"""Pick a code by typing a few letters of its key or of its name in either language.

Used to code a selection (``c``), change a coding's code (``e``), choose a new parent (with
a "top level" choice) or a merge target. Matching is fuzzy in the way people type: a
substring ranks first, then the letters in order. Each line shows the code's place in the
hierarchy and its shortcut. A modal screen with the typing field focused: no letter typed
here ever reaches the screen behind it.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from qualcode.model import Code
from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import markup as escape
from qualcode.tui.screens.base import QualcodeModal

TOP = ""


def fuzzy_score(needle: str, hay: str) -> int | None:
    """Lower is better; None when the letters of ``needle`` are not in ``hay`` in order."""
    needle, hay = needle.lower(), hay.lower()
    if not needle:
        return 0
    at = hay.find(needle)
    if at >= 0:
        return at
    pos, gaps = -1, 0
    for char in needle:
        found = hay.find(char, pos + 1)
        if found < 0:
            return None
        gaps += found - pos - 1
        pos = found
    return 1000 + gaps


class PickCodeScreen(QualcodeModal[str | None]):
    """Dismisses with the chosen key, ``TOP`` for the top level, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="pick.cancel"),
        Binding("down", "step(1)", "Down", show=False, id="pick.down"),
        Binding("up", "step(-1)", "Up", show=False, id="pick.up"),
    ]

    def __init__(
        self,
        title: str,
        codes: list[Code],
        lang: str,
        top_label: str | None,
        *,
        top_last: bool = False,
    ) -> None:
        """``top_label`` names the choice of no code: first for "top level" (the root of
        the tree), last with ``top_last`` where it is the leftover ("no theme")."""
        super().__init__()
        localize_bindings(self, self.app.t)
        self.title_text = title
        self.codes = codes
        self.lang = lang
        self.top_label = top_label
        self.top_last = top_last
        self.shown: list[str] = []
        self._texts: list[str] = []
        by_id = {c.id: c for c in codes}
        self.paths: dict[str, str] = {}
        for code in codes:
            names, parent, seen = [code.name(lang)], code.parent_id, {code.id}
            while parent and parent in by_id and parent not in seen:
                seen.add(parent)
                names.insert(0, by_id[parent].name(lang))
                parent = by_id[parent].parent_id
            self.paths[code.key] = " › ".join(names)

    def compose(self) -> ComposeResult:
        with Vertical(classes="cb-dialog"):
            yield Static(escape(self.title_text), classes="cb-dialog-title")
            # no selecting on focus: it selected a letter typed before the focus arrived
            # and the next letter replaced it (see PromptScreen)
            yield Input(
                placeholder=self.app.t("pick_find"), id="pick-filter", select_on_focus=False
            )
            yield OptionList(id="pick-list")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, needle: str) -> None:
        ranked: list[tuple[int, int, Code]] = []
        for i, code in enumerate(self.codes):
            # letters in order only within the short key; names need the typed run itself
            scores = [s for s in [fuzzy_score(needle, code.key)] if s is not None]
            lowered = needle.lower()
            scores += [n.lower().find(lowered) for n in code.names.values() if lowered in n.lower()]
            if lowered in self.paths[code.key].lower():  # a parent's name finds its children
                scores.append(500 + self.paths[code.key].lower().find(lowered))
            if needle.strip() and needle.strip() == code.shortcut:  # "2", as the field offers
                scores.append(-1)
            if scores:
                ranked.append((min(scores), i, code))
        ranked.sort(key=lambda r: (r[0], r[1]))
        self._texts = [f"{c.shortcut or ' '} {self.paths[c.key]}  {c.key}" for _, _, c in ranked]
        options = [
            Option(f"{c.shortcut or ' '} {escape(self.paths[c.key])} [dim]{escape(c.key)}[/]")
            for _, _, c in ranked
        ]
        self.shown = [c.key for _, _, c in ranked]
        if self.top_label is not None and not needle:
            at = len(options) if self.top_last else 0
            options.insert(at, Option(f"[i]{escape(self.top_label)}[/i]"))
            self.shown.insert(at, TOP)
            self._texts.insert(at, self.top_label)
        picker = self.query_one(OptionList)
        picker.clear_options()
        picker.add_options(options)
        picker.highlighted = 0 if options else None
        if not options and needle:
            # said, not an empty box: Enter then did nothing and nothing said why, as though
            # the picker had hung (tui47, a new coder's "xyz")
            said = self.app.t("pick_none", typed=needle)
            picker.add_option(Option(f"[i]{escape(said)}[/i]", disabled=True))

    def option_text(self, index: int) -> str:
        """The plain text of a listed line (shortcut, place in the hierarchy, key)."""
        return self._texts[index]

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value.strip())

    @on(Input.Submitted)
    def _submitted(self) -> None:
        picker = self.query_one(OptionList)
        if picker.highlighted is not None:
            self.dismiss(self.shown[picker.highlighted])

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.shown[event.option_index])

    def action_step(self, delta: int) -> None:
        picker = self.query_one(OptionList)
        if self.shown:
            now = picker.highlighted or 0
            picker.highlighted = max(0, min(len(self.shown) - 1, now + delta))

    def action_cancel(self) -> None:
        self.dismiss(None)

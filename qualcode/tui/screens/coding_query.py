"""Coding query: the passages one coder coded with every code chosen, and with none of others.

Opened with `+` from a code's passages (`v`), starting from that code: `+` adds a code the
text must also have, `-` one it must not overlap, `x` starts again from the first code, `o`
(a lead's, and anyone's once the team is unblinded) narrows to one coder. Enter opens the
passage in its document. The list is ``Project.query_codings`` as the person at the
keyboard reads it, so blind coding holds.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.project import QueryPassage
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import names_by_key
from qualcode.tui.lead_keys import is_lead, offer_lead_keys
from qualcode.tui.safe import cleaned
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.row_list import RowList


class CodingQueryScreen(QualcodeScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("plus", "add('with')", "And code", id="query.and", priority=True),
        Binding("minus", "add('without')", "Not code", id="query.not", priority=True),
        Binding("x", "clear", "Start again", id="query.clear"),
        Binding("o", "cycle_coder", "Coder", show=False, id="query.coder"),
        Binding("q,escape", "back", "Back", id="query.back"),
    ]

    def __init__(self, code: str, doc_set: str | None = None) -> None:
        """``doc_set``: the document set the passages were listed from, queried alone."""
        super().__init__()
        self.doc_set = doc_set
        self.t: Any = self.app.t
        localize_bindings(self, self.t)
        self.with_all = [code]
        self.without: list[str] = []
        self.coder: str | None = None
        # what she may read (the service's rule): blind, her own passages only; once a lead
        # unblinds, any coder's, as for a lead
        self.reads_all = is_lead(self.app) or self.app.project.reads_only(self.app.coder) is None
        offer_lead_keys(self, ("query.coder",), self.reads_all)
        self.codes = self.app.project.codebook()
        self.passages: list[QueryPassage] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="query-line")
        yield RowList(id="query-passages")
        yield KeysFooter()

    def on_mount(self) -> None:
        localize_bindings(self.query_one(OptionList), self.t)
        self.reload()
        self.query_one(OptionList).focus()

    def _code_name(self, key: str) -> str:
        return names_by_key(self.codes, self.t.lang).get(key, key)

    def reload(self) -> None:
        """Ask the service again and list the passages."""
        app = self.app
        try:
            self.passages = app.project.query_codings(
                self.with_all,
                app.coder,
                without=self.without,
                coder=self.coder,
                doc_set=self.doc_set,
            )
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            self.passages = []
        names = " + ".join(self._code_name(k) for k in self.with_all)
        if self.without:
            names += " − " + " − ".join(self._code_name(k) for k in self.without)
        self.title = self.t("query_title", codes=names) + (
            "" if self.doc_set is None else " · " + self.t("sets_shown", name=self.doc_set)
        )
        every = self.t("retrieve_all")
        line = self.t(
            "query_line" if self.reads_all else "query_line_coder",
            n=len(self.passages),
            docs=len({p.document_id for p in self.passages}),
            coder=self.coder or (every if self.reads_all else app.coder),
        )
        self.query_one("#query-line", Static).update(cleaned(Text(line)))
        listed = self.query_one(OptionList)
        listed.clear_options()
        listed.add_options([Option(self._text(p)) for p in self.passages])
        if self.passages:
            listed.highlighted = 0
        else:
            listed.add_option(Option(self.t("query_none"), disabled=True))

    def _text(self, passage: QueryPassage) -> Text:
        source = [passage.document, *([passage.speaker] if passage.speaker else [])]
        source.append(passage.coder if passage.layer == "coder" else passage.layer)
        source += [
            v for k, v in sorted(passage.attributes.items()) if k in ("municipality", "role")
        ]
        text = Text(" · ".join(source) + "\n", style="bold")
        text.append(" ".join(passage.text.split()))
        return cleaned(text)

    @on(OptionList.OptionSelected, "#query-passages")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if not self.passages:
            return
        from qualcode.tui.screens.coding import CodingScreen

        passage = self.passages[event.option_index]
        self.app.push_screen(CodingScreen(passage.document_id, select=(passage.start, passage.end)))

    def action_add(self, which: str) -> None:
        """Pick a code the text must also have (`+`) or must not overlap (`-`)."""

        def picked(key: str | None) -> None:
            if not key or key in self.with_all or key in self.without:
                return
            (self.with_all if which == "with" else self.without).append(key)
            self.reload()

        title = self.t("query_pick_and" if which == "with" else "query_pick_not")
        self.app.push_screen(PickCodeScreen(title, self.codes, self.t.lang, None), picked)

    def action_clear(self) -> None:
        self.with_all, self.without = self.with_all[:1], []
        self.reload()

    def action_cycle_coder(self) -> None:
        if not self.reads_all:
            self.notify(self.t("retrieve_blind"))
            return
        names = [c.name for c in self.app.project.coders()]
        at = names.index(self.coder) + 1 if self.coder in names else 0
        self.coder = names[at] if at < len(names) else None
        self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()

"""Every memo in the project that the person at the keyboard may read, searchable.

From ``Project.memo_list`` (blind coding: a coder sees their own memos, a lead all).
Enter opens the passage (or document) the memo is about; `e` edits in the multi-line
editor; `x` removes after asking. Both go through ``Project``, which keeps the old text in
the audit log. Each row names the author and the day written, as the memos document does;
`m` writes that document (``Project.export_memos``) through the reports screen's export
(``ExportActions``): the same prompt, replace question and notes.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, Input, OptionList
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.project import MemoView
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import quoted
from qualcode.tui.safe import cleaned
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.screens.memo_edit import MemoEditor
from qualcode.tui.screens.report_exports import ExportActions
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.row_list import RowList


class MemoListScreen(ExportActions, QualcodeScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the keys typed after it go to the box (action_search)
        Binding("slash", "search", "Search", id="memos.search", priority=True),
        Binding("e", "edit", "Edit", id="memos.edit"),
        Binding("x", "remove", "Remove", id="memos.remove"),
        Binding("m", "export('memos')", "Export", id="memos.export"),
        Binding("q,escape", "back", "Back", id="memos.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.t = self.app.t
        localize_bindings(self, self.t)
        self.views: list[MemoView] = []
        lang = self.t.lang
        self._names = {c.key: c.name(lang) for c in self.app.project.codebook()}
        # what ExportActions reads: the memos document has no layer, set or team; whose
        # memos it holds is the service's (every memo one may read, as listed here)
        project, coder = self.app.project, self.app.coder
        self.lead = project.coder(coder).role == "lead"
        self.reads_all = self.lead or project.reads_only(coder) is None
        self.shown_layer = ""
        self.doc_set = None
        self.team = None
        self.pending_export = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=self.t("memos_search"), id="memo-search")
        yield RowList(id="memo-list")
        yield Input(id="export-path", classes="hidden")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = self.t("memos_title")
        self.reload()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        app = self.app
        needle = self.query_one("#memo-search", Input).value
        self.views = app.project.memo_list(app.coder, needle)
        listed = self.query_one(OptionList)
        at = listed.highlighted or 0
        listed.clear_options()
        listed.add_options([Option(self._memo_text(v)) for v in self.views])
        if self.views:
            listed.highlighted = min(at, len(self.views) - 1)
        else:
            # nothing written yet is no failed search: say how a memo is written
            empty = "memos_none" if needle.strip() else "memos_none_yet"
            listed.add_option(Option(self.t(empty), disabled=True))
        self.sub_title = self.t("memos_count", n=len(self.views))

    def _memo_text(self, view: MemoView) -> Text:
        memo = view.memo
        # who wrote it and on which day, as the memos document heads each memo
        about = [x for x in (view.document, self._names.get(view.code or "")) if x]
        where = [memo.author, memo.created_at[:10], *about]
        text = Text(" · ".join(where) + "\n", style="bold")
        if view.excerpt:
            excerpt = view.excerpt if len(view.excerpt) <= 120 else view.excerpt[:119] + "…"
            text.append(quoted(excerpt, self.t.lang) + "\n", style="dim")
        text.append(memo.text)
        return cleaned(text)

    @on(Input.Changed, "#memo-search")
    def _typed(self) -> None:
        self.reload()

    @on(Input.Submitted, "#memo-search")
    def _searched(self) -> None:
        """Enter moves to the list the box filters at once, so a second Enter opens the
        first memo shown; typed ahead, that Enter reached the box too (sent before the
        first moved away): the list has it already, and it opens."""
        listed = self.query_one(OptionList)
        if self.focused is listed:
            self._open()
            return
        self.set_focus(listed)

    def _chosen(self) -> MemoView | None:
        at = self.query_one(OptionList).highlighted
        return self.views[at] if at is not None and at < len(self.views) else None

    @on(OptionList.OptionSelected, "#memo-list")
    def _open(self) -> None:
        view = self._chosen()
        if view is None or view.document_id is None:
            return
        from qualcode.tui.screens.coding import CodingScreen

        span = (view.start, view.end) if view.start is not None and view.end is not None else None
        self.app.push_screen(CodingScreen(view.document_id, select=span))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the box, the search key is a character to type ("a/b"), not the search."""
        return action != "search" or not isinstance(self.focused, Input)

    def _layer_label(self, layer: str) -> str:
        return ""  # the memos prompt names no layer

    def set_said(self) -> str:
        return ""  # every memo one may read, whatever the set

    def team_said(self) -> str:
        return ""

    def _hide_prompt(self) -> None:
        self.query_one("#export-path", Input).add_class("hidden")
        self.query_one(OptionList).focus()

    def action_search(self) -> None:
        """Focus the box at once, not on the next turn (``Widget.focus``): "/extra" typed in
        one go sent its letters to the list, where ``e`` edits a memo and ``x`` removes
        one. A priority binding runs as the key arrives, so the keys after it go to the box."""
        self.set_focus(self.query_one("#memo-search", Input))

    def action_edit(self) -> None:
        view = self._chosen()
        if view is None:
            return
        app = self.app

        def saved(text: str) -> bool:
            try:  # removed meanwhile, the text is kept as a new memo, not lost
                kept = app.project.keep_memo_edit(view.memo, text, app.coder)
            except QualcodeError as exc:  # refused: the editor stays open with her words
                self.notify(f"{said(exc, self.t)} · {self.t('memo_still_open')}", severity="error")
                return False
            where = kept.kept_on
            self.notify(self.t(f"memo_edit_gone_{where}") if where else self.t("memo_saved"))
            self.reload()
            return True

        app.push_screen(MemoEditor(self.t("memo_edit"), view.memo.text, write=saved))

    def action_remove(self) -> None:
        view = self._chosen()
        if view is None:
            return
        app = self.app

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                app.project.remove_memo(view.memo.id, app.coder)
            except QualcodeError as exc:
                self.notify(said(exc, self.app.t), severity="error")
                return
            self.notify(self.t("memo_removed"))
            self.reload()

        first = view.memo.text.splitlines()[0][:60]
        app.push_screen(ConfirmScreen(self.t("memo_confirm_remove", memo=first)), answered)

    def action_back(self) -> None:
        if not self.query_one("#export-path", Input).has_class("hidden"):
            self.pending_export = None  # Esc in the prompt: nothing written
            self._hide_prompt()
            return
        if self.query_one("#memo-search", Input).has_focus:
            self.query_one(OptionList).focus()
            return
        self.app.pop_screen()

"""The coding screen: the transcript, the codebook beside it, codings and suggestions.

Every action is committed through ``Project`` the moment it is made, so closing the
terminal or losing the SSH connection loses nothing. Undo reverses the last action of this
session (an added coding is removed, a removed one added back).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static

from qualcode.errors import QualcodeError
from qualcode.model import Code, Coding, Suggestion
from qualcode.tui.widgets.transcript import Mark, TranscriptView

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


class CodingScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Next", id="coding.next_unit"),
        Binding("k,up", "move(-1)", "Prev", show=False, id="coding.prev_unit"),
        Binding("J,shift+down", "extend(1)", "Extend", id="coding.extend_down"),
        Binding("K,shift+up", "extend(-1)", "Shrink", show=False, id="coding.extend_up"),
        Binding("}", "turn(1)", "Next turn", show=False, id="coding.next_turn"),
        Binding("{", "turn(-1)", "Prev turn", show=False, id="coding.prev_turn"),
        Binding("c", "find_code", "Code…", id="coding.code_search"),
        Binding("x", "remove", "Remove", id="coding.remove"),
        Binding("u", "undo", "Undo", id="coding.undo"),
        Binding("s", "suggest", "Suggest", id="coding.suggest"),
        Binding("n", "next_suggestion", "Next sugg.", id="coding.next_suggestion"),
        Binding("a", "accept", "Accept", id="coding.accept"),
        Binding("r", "reject", "Reject", id="coding.reject"),
        Binding("slash", "search", "Search", id="coding.search"),
        Binding("D", "done", "Done", id="coding.done"),
        Binding("escape", "back", "Back", id="coding.back"),
    ]

    def __init__(self, doc_id: str) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.undo_stack: list[tuple[str, Coding]] = []
        self.code_list: list[Code] = []
        self.code_colors: dict[str, str] = {}
        self.pending_suggestions: list[Suggestion] = []
        self.my_codings: list[Coding] = []

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        project = self.app.project  # type: ignore[attr-defined]
        doc = project.document(self.doc_id)
        units = [(u.start, u.end) for u in project.units(doc.id)]
        speakers = []
        for turn in project.turns(doc.id):
            line_start = doc.text.rfind("\n", 0, turn.start) + 1
            if turn.speaker and line_start < turn.start:
                speakers.append((line_start, turn.start, turn.speaker))
        self.turn_starts = [t.start for t in project.turns(doc.id)]
        self.doc = doc
        yield Header()
        with Horizontal():
            yield TranscriptView(doc.text, units, speakers, id="transcript")
            with VerticalScroll(id="sidebar"):
                yield Static(id="codebook")
                yield Static(id="details")
        yield Input(placeholder="", id="prompt", classes="hidden")
        yield OptionList(id="code-picker", classes="hidden")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.doc.name
        self.sub_title = f"{self.app.coder} · {self.doc.lang}"  # type: ignore[attr-defined]
        self.code_list = self.app.project.codebook()  # type: ignore[attr-defined]
        self.code_colors = {
            c.key: c.color or PALETTE[i % len(PALETTE)] for i, c in enumerate(self.code_list)
        }
        self.refresh_marks()
        self.query_one(TranscriptView).focus()

    @property
    def transcript(self) -> TranscriptView:
        return self.query_one(TranscriptView)

    def _label(self, key: str) -> str:
        code = next((c for c in self.code_list if c.key == key), None)
        return (code.shortcut if code and code.shortcut else key[:2]) or "?"

    def refresh_marks(self) -> None:
        project = self.app.project  # type: ignore[attr-defined]
        coder = self.app.coder  # type: ignore[attr-defined]
        mine = project.codings(self.doc_id, viewer=coder)
        self.my_codings = mine  # kept for cursor moves, which must not query the file
        self._details_shown = None
        self.pending_suggestions = project.suggestions(self.doc_id)
        marks = [
            Mark(c.start, c.end, self._label(c.code), self.code_colors.get(c.code, "white"))
            for c in mine
        ]
        marks += [
            Mark(
                s.start,
                s.end,
                self._label(s.code).lower() + "?",
                self.code_colors.get(s.code, "white"),
                suggestion=True,
            )
            for s in self.pending_suggestions
        ]
        self.transcript.set_marks(marks)
        counts: dict[str, int] = {}
        for c in mine:
            counts[c.code] = counts.get(c.code, 0) + 1
        lang = self.doc.lang
        lines = [f"[b]{self.app.t('codebook')}[/b]"]  # type: ignore[attr-defined]
        for code in self.code_list:
            lines.append(
                f"[{self.code_colors[code.key]}]■[/] {code.shortcut or ' '} "
                f"{code.name(lang)} ({counts.get(code.key, 0)})"
            )
        self.query_one("#codebook", Static).update("\n".join(lines))
        self._show_details()

    def _show_details(self) -> None:
        """The definition of the code under the cursor (or of the nearest suggestion)."""
        start, end = self.transcript.selection
        here = [s for s in self.pending_suggestions if s.start < end and start < s.end]
        mine = [c for c in self.my_codings if c.start < end and start < c.end]
        key = here[0].code if here else (mine[0].code if mine else None)
        shown = (key, here[0].id if here else None)
        if shown == getattr(self, "_details_shown", None):
            return  # unchanged: skip the sidebar's re-layout on every cursor move
        self._details_shown = shown
        t, lang = self.app.t, self.doc.lang  # type: ignore[attr-defined]
        if key is None:
            self.query_one("#details", Static).update("")
            return
        code = next(c for c in self.code_list if c.key == key)
        parts = [
            f"\n[b]{code.name(lang)}[/b]",
            f"[i]{t('definition')}:[/i] {code.definitions.get(lang, '')}",
            f"[i]{t('inclusion')}:[/i] {code.inclusion.get(lang, '')}",
            f"[i]{t('exclusion')}:[/i] {code.exclusion.get(lang, '')}",
        ]
        if code.examples.get(lang):
            parts.append(f"[i]{t('example')}:[/i] “{code.examples[lang][0]}”")
        if here:
            ev = here[0].evidence
            parts.append(f"\n[b]? {here[0].score:.2f}[/b] {', '.join(ev.get('terms', []))}")
            if ev.get("nearest"):
                parts.append(f"≈ “{ev['nearest']}”")
        self.query_one("#details", Static).update("\n".join(parts))

    @on(TranscriptView.CursorMoved)
    def _moved(self) -> None:
        self._show_details()

    # -- moving ---------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        self.transcript.move(delta)

    def action_extend(self, delta: int) -> None:
        self.transcript.move(delta, extend=True)

    def action_turn(self, delta: int) -> None:
        import bisect

        here = self.transcript.units[self.transcript.cursor][0]
        i = bisect.bisect_right(self.turn_starts, here) - 1 + delta
        if 0 <= i < len(self.turn_starts):
            self.transcript.move_to_offset(self.turn_starts[i])

    # -- coding ---------------------------------------------------------------------------

    def on_key(self, event: object) -> None:
        key = getattr(event, "character", None)
        if not key or not self.transcript.has_focus:
            return
        code = next((c for c in self.code_list if c.shortcut == key), None)
        if code is not None and key not in "jkJKcxusnarD":
            self.apply(code.key)
            getattr(event, "stop", lambda: None)()

    def apply(self, key: str) -> None:
        start, end = self.transcript.selection
        try:
            coding = self.app.project.add_coding(  # type: ignore[attr-defined]
                self.doc_id, start, end, key, self.app.coder
            )  # type: ignore[attr-defined]
        except QualcodeError as exc:
            self.notify(str(exc), severity="error")
            return
        self.undo_stack.append(("add", coding))
        self.notify(self.app.t("coded", code=key))  # type: ignore[attr-defined]
        self.refresh_marks()

    def action_find_code(self) -> None:
        picker = self.query_one("#code-picker", OptionList)
        picker.clear_options()
        lang = self.doc.lang
        picker.add_options(
            [f"{c.shortcut or ' '} {c.name(lang)} [{c.key}]" for c in self.code_list]
        )
        picker.remove_class("hidden")
        picker.highlighted = 0
        picker.focus()

    @on(OptionList.OptionSelected, "#code-picker")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        picker = self.query_one("#code-picker", OptionList)
        picker.add_class("hidden")
        self.transcript.focus()
        self.apply(self.code_list[event.option_index].key)

    def action_remove(self) -> None:
        start, end = self.transcript.selection
        project, coder = self.app.project, self.app.coder  # type: ignore[attr-defined]
        here = [
            c for c in project.codings(self.doc_id, viewer=coder) if c.start < end and start < c.end
        ]
        if not here:
            self.notify(self.app.t("nothing"))  # type: ignore[attr-defined]
            return
        removed = project.remove_coding(here[0].id, actor=coder)
        self.undo_stack.append(("remove", removed))
        self.notify(self.app.t("removed", code=removed.code))  # type: ignore[attr-defined]
        self.refresh_marks()

    def action_undo(self) -> None:
        if not self.undo_stack:
            return
        project, coder = self.app.project, self.app.coder  # type: ignore[attr-defined]
        kind, coding = self.undo_stack.pop()
        if kind == "add":
            project.remove_coding(coding.id, actor=coder)
        else:
            project.add_coding(self.doc_id, coding.start, coding.end, coding.code, coder)
        self.notify(self.app.t("undone"))  # type: ignore[attr-defined]
        self.refresh_marks()

    def action_done(self) -> None:
        self.app.project.set_status(self.doc_id, self.app.coder, "done")  # type: ignore[attr-defined]
        self.notify(self.app.t("marked_done"))  # type: ignore[attr-defined]

    def action_back(self) -> None:
        for widget_id in ("#code-picker", "#prompt"):
            widget = self.query_one(widget_id)
            if not widget.has_class("hidden"):
                widget.add_class("hidden")
                self.transcript.focus()
                return
        self.app.pop_screen()

    # -- suggestions ----------------------------------------------------------------------

    def action_suggest(self) -> None:
        self.notify(self.app.t("suggesting"))  # type: ignore[attr-defined]
        self._compute()

    @work(thread=True, exclusive=True)
    def _compute(self) -> None:
        from qualcode import Project

        # a worker thread gets its own connection: SQLite connections stay in their thread
        try:
            with Project.open(self.app.project.path) as project:  # type: ignore[attr-defined]
                found = project.suggest([self.doc_id], coder=self.app.coder)  # type: ignore[attr-defined]
        except QualcodeError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        self.app.call_from_thread(self._computed, len(found))

    def _computed(self, count: int) -> None:
        self.notify(self.app.t("suggested", n=count))  # type: ignore[attr-defined]
        self.refresh_marks()

    def _suggestion_here(self) -> Suggestion | None:
        start, end = self.transcript.selection
        return next((s for s in self.pending_suggestions if s.start < end and start < s.end), None)

    def action_next_suggestion(self) -> None:
        here = self.transcript.units[self.transcript.cursor][1]
        later = [s for s in self.pending_suggestions if s.start >= here] or self.pending_suggestions
        if later:
            self.transcript.move_to_offset(later[0].start)
            while self.transcript.units[self.transcript.cursor][1] < later[0].end:
                self.transcript.move(1, extend=True)

    def action_accept(self) -> None:
        self._decide(accept=True)

    def action_reject(self) -> None:
        self._decide(accept=False)

    def _decide(self, accept: bool) -> None:
        suggestion = self._suggestion_here()
        t, project, coder = self.app.t, self.app.project, self.app.coder  # type: ignore[attr-defined]
        if suggestion is None:
            self.notify(t("no_suggestion"))
            return
        if accept:
            project.accept_suggestions([suggestion.id], coder)
            self.notify(t("accepted", code=suggestion.code))
        else:
            project.reject_suggestions([suggestion.id], coder)
            self.notify(t("rejected"))
        self.refresh_marks()
        self.action_next_suggestion()

    # -- search ---------------------------------------------------------------------------

    def action_search(self) -> None:
        prompt = self.query_one("#prompt", Input)
        prompt.placeholder = self.app.t("search_prompt")  # type: ignore[attr-defined]
        prompt.remove_class("hidden")
        prompt.focus()

    @on(Input.Submitted, "#prompt")
    def _search(self, event: Input.Submitted) -> None:
        event.input.add_class("hidden")
        self.transcript.focus()
        needle = event.value.lower()
        if not needle:
            return
        here = self.transcript.units[self.transcript.cursor][1]
        text = self.doc.text.lower()
        found = text.find(needle, here)
        found = found if found >= 0 else text.find(needle)
        if found < 0:
            self.notify(self.app.t("not_found"))  # type: ignore[attr-defined]
        else:
            self.transcript.move_to_offset(found)

"""The coding screen: the transcript, the codebook beside it, codings and suggestions.

Every action is committed through ``Project`` the moment it is made, so closing the
terminal or losing the SSH connection loses nothing. Undo and redo walk this session's
edits (added, removed and changed codings), each step again written through ``Project``.
Cursor moves never query the file: what the sidebar shows is loaded with the marks.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.events import Key, Resize
from textual.widgets import Header, Input, ProgressBar, Static

from qualcode.model import Code, Coding, Memo
from qualcode.project.find_in_document import next_match
from qualcode.project.history import History
from qualcode.project.layout import keeps_page_lines, line_parts
from qualcode.tui.embed_all import EmbedLine
from qualcode.tui.keys import localize_bindings, set_shown
from qualcode.tui.labels import distinct_labels, distinct_tails, elide
from qualcode.tui.safe import markup
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.coding_actions import CodingActions
from qualcode.tui.screens.memos import MemoActions
from qualcode.tui.screens.navigating import DETAIL_KEYS, NavigationActions
from qualcode.tui.screens.proposing import ProposeActions
from qualcode.tui.screens.speakers import guess_note, show_speakers
from qualcode.tui.screens.suggesting import STEP, SuggestionActions
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.search_box import SearchBox
from qualcode.tui.widgets.sidebar import Sidebar
from qualcode.tui.widgets.text_pane import TextPane
from qualcode.tui.widgets.transcript import GUTTER, Mark, TranscriptView
from qualcode.tui.widgets.turn_times import turn_clocks

TEXT_MAX = 110  # gutter, about 100 characters of text, scrollbar
SIDEBAR_MIN = 30  # a code name and its count on one line
NOTE_ROOM = 8  # blank rows under the details that notes may take (two, or one of five lines)
# the footer on 80 columns has room for about eight keys: while suggestions are pending
# it shows how to go through them instead of how to extend a selection or suggest again
WHILE_SUGGESTING = {
    "coding.next_unit": False,
    "coding.extend_down": False,
    "coding.code_search": False,
    "coding.undo": False,
    "coding.suggest": False,
    "coding.next_suggestion": True,
    "coding.accept": True,
    "coding.reject": True,
    "coding.accept_all": True,
}
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


class CodingScreen(
    CodingActions,
    NavigationActions,
    SuggestionActions,
    MemoActions,
    ProposeActions,
    QualcodeScreen[None],
):
    # the footer shows what fits on 80 columns in both languages; `?` and ctrl+p list all
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Next", id="coding.next_unit"),
        Binding("k,up", "move(-1)", "Prev", show=False, id="coding.prev_unit"),
        Binding("J,shift+down", "extend(1)", "Extend", id="coding.extend_down"),
        Binding("K,shift+up", "extend(-1)", "Shrink", show=False, id="coding.extend_up"),
        Binding("w,ctrl+right", "word(1)", "Word →", show=False, id="coding.word_next"),
        Binding("b,ctrl+left", "word(-1)", "Word ←", show=False, id="coding.word_prev"),
        Binding("W", "word_start(1)", "Start →", show=False, id="coding.start_next"),
        Binding("B", "word_start(-1)", "Start ←", show=False, id="coding.start_prev"),
        Binding("home", "edge(-1)", "First sentence", show=False, id="coding.first_unit"),
        Binding("end", "edge(1)", "Last sentence", show=False, id="coding.last_unit"),
        Binding("}", "turn(1)", "Next turn", show=False, id="coding.next_turn"),
        Binding("{", "turn(-1)", "Prev turn", show=False, id="coding.prev_turn"),
        Binding("t", "whole_turn", "Whole turn", show=False, id="coding.whole_turn"),
        Binding("c", "find_code", "Code…", id="coding.code_search", priority=True),
        Binding("e", "change_code", "Change", show=False, id="coding.change", priority=True),
        Binding("x", "remove", "Remove", show=False, id="coding.remove"),
        Binding("u", "undo", "Undo", id="coding.undo"),
        Binding("U,ctrl+y", "redo", "Redo", show=False, id="coding.redo"),
        Binding("m", "memo", "Memo", show=False, id="coding.memo", priority=True),
        Binding("M", "doc_memo", "Doc memo", show=False, id="coding.doc_memo", priority=True),
        Binding("s", "suggest", "Suggest", id="coding.suggest"),
        Binding("S", "suggest(True)", "Suggest all", show=False, id="coding.suggest_all"),
        Binding("n", "next_suggestion", "Next sugg.", show=False, id="coding.next_suggestion"),
        Binding("a", "accept", "Accept", show=False, id="coding.accept"),
        Binding("r", "reject", "Reject", show=False, id="coding.reject"),
        Binding("A", "accept_all", "Accept ≥", show=False, id="coding.accept_all"),
        Binding("l", "below_line", "Below line", show=False, id="coding.below_line"),
        Binding("plus", f"threshold({STEP})", "+", show=False, id="coding.threshold_up"),
        Binding("minus", f"threshold({-STEP})", "-", show=False, id="coding.threshold_down"),
        Binding("slash", "search", "Search", show=False, id="coding.search", priority=True),
        Binding("D", "done", "Done", show=False, id="coding.done"),
        Binding("v", "app.retrieve", "Passages", show=False, id="coding.retrieve"),
        Binding("N", "app.memo_list", "All memos", show=False, id="coding.memo_list"),
        Binding("p", "propose", "Propose code", show=False, id="coding.propose", priority=True),
        Binding("T", "app.themes", "Themes", show=False, id="coding.themes"),
        Binding("R", "app.reconcile", "Reconcile", show=False, id="coding.reconcile"),
        Binding("I", "speakers", "Speakers", show=False, id="coding.speakers"),
        Binding("q,escape", "back", "Back", id="coding.back"),
        *DETAIL_KEYS,
    ]

    def __init__(self, doc_id: str, select: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.initial_selection = select  # a passage opened from the retrieval view
        self.code_list: list[Code] = []
        self.code_colors: dict[str, str] = {}
        self.margin_labels: dict[str, str] = {}
        self.name_tails: dict[str, str] = {}
        self.pending_suggestions = []
        self.my_codings: list[Coding] = []
        self.coding_memos: dict[str, list[Memo]] = {}
        self.doc_memos: list[Memo] = []
        self.passage_memos: list[Memo] = []
        self._shown: object = None
        self.history = History(self.app.project, self.app.coder, doc_id)
        localize_bindings(self, self.app.t)

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        project = self.app.project
        doc = project.document(self.doc_id)
        turns = project.turns(doc.id)
        units = [(u.start, u.end) for u in project.units(doc.id)]
        speakers = []
        for before, turn in zip((None, *turns), turns, strict=False):
            line_start = doc.text.rfind("\n", 0, turn.start) + 1
            if turn.speaker and line_start < turn.start:
                speakers.append((line_start, turn.start, turn.speaker))
            elif turn.speaker is None and before is not None and before.speaker:
                # a pause, heading or table after a speaker's words (ingest/interludes.py)
                # stands apart from them, as the next speaker does: no label of its own
                speakers.append((line_start, line_start, ""))
        self.turn_starts = [t.start for t in turns]
        self.doc = doc
        yield Header()
        with Horizontal():
            yield TranscriptView(
                doc.text,
                units,
                speakers,
                [t.start for t in turns],
                clocks=turn_clocks(doc.text, turns),
                soft_lines=keeps_page_lines(doc),
                line_parts=line_parts(doc),
                id="transcript",
            )
            yield Sidebar(id="sidebar")
        yield ProgressBar(id="progress", classes="hidden", show_eta=False)
        yield Static("", id="embed-status", classes="hidden")
        yield EmbedLine("", id="embed-queue", classes="hidden")
        yield SearchBox(self.search_for, placeholder="", id="prompt", classes="hidden")
        yield KeysFooter(compact=True)  # one more key fits on 80 columns

    def on_mount(self) -> None:
        app = self.app
        self.title = self.doc.name
        self.say_status()
        self.load_codebook()
        localize_bindings(self.transcript, app.t)  # its scrolling keys, listed by `?`
        self.refresh_marks()
        self.transcript.focus()
        self.start_embedding()  # in a helper process: keys stay as quick as ever
        if self.initial_selection:
            self.call_after_refresh(self.transcript.select, *self.initial_selection)
        guessed = guess_note(app, self.doc_id)  # who asks, read off the turns: the lead's say
        if guessed:
            self.notify(guessed, timeout=15)
        taken = {k for k in self.active_bindings}
        for code in self.code_list:
            if code.shortcut and code.shortcut in taken:
                self.notify(
                    app.t("shortcut_taken", key=code.shortcut, code=code.name(app.t.lang)),
                    severity="warning",
                )

    def action_speakers(self) -> None:
        """Who speaks here, and whom qualcode takes for the interviewer."""
        show_speakers(self.app, self.doc_id, self.doc.name)

    def load_codebook(self) -> None:
        """The codebook kept in memory for shortcuts, colours, margin labels and sidebar."""
        app = self.app
        self.code_list = app.project.codable_codes()  # a theme is never coded
        self.code_colors = {
            c.key: c.color or PALETTE[i % len(PALETTE)] for i, c in enumerate(self.code_list)
        }
        # named in the interface's language, as every other screen names them: a Swedish
        # transcript under an English interface said "Integrering" here and "Integration"
        # in the reports, the codebook and the summary (eyes32)
        names = {c.key: c.name(app.t.lang) for c in self.code_list}
        self.margin_labels = distinct_labels(names, GUTTER - 3)  # room for "*" or "?"
        self.name_tails = distinct_tails(names)

    def on_resize(self, event: Resize) -> None:
        """Three quarters for the text, but lines of at most ~100 characters (a readable
        measure); on a wide terminal the sidebar gets the rest for definitions and memos."""
        width = event.size.width
        self.transcript.styles.width = max(40, min(TEXT_MAX, width * 3 // 4, width - SIDEBAR_MIN))

    @property
    def transcript(self) -> TranscriptView:
        return self.query_one(TranscriptView)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def short_name(self, key: str, room: int = 40) -> str:
        """A code's name in the interface's language for a notification, as the codebook
        pane lists it: from the word that tells it apart where the pane names codes so
        ("individ- till systemperspektiv", not "Från individ- …", a line more at 80x24,
        tui47), a long one always, its middle given up past three toast lines. Every note
        names a code so: "Rejected long-term economic governance", then "Undone: the
        rejection of short-term to …", read as two codes (minor46)."""
        code = next((c for c in self.code_list if c.key == key), None)
        name = code.name(self.app.t.lang) if code else key
        if len(name) > room or not self.sidebar.names_whole:
            name = elide(self.name_tails.get(key, name), 72)
        return name

    def _whose(self, codings: list[Coding]) -> list[str]:
        """Whose codings the margin and the counts show when not only the viewer's (a
        lead sees every coder's and the consensus): the coders by name, the consensus last."""
        coders = sorted({c.coder for c in codings if c.layer == "coder"}, key=str.casefold)
        consensus = (
            [self.app.t("rep_layer_consensus")]
            if any(c.layer == "consensus" for c in codings)
            else []
        )
        return [] if coders == [self.app.coder] and not consensus else coders + consensus

    def _label(self, key: str) -> str:
        """The margin's label: the part of the code's name that tells it from the others."""
        return self.margin_labels.get(key) or key[: GUTTER - 3]

    def refresh_marks(self) -> None:
        """Reload this document's codings, suggestions and memos, then repaint."""
        app = self.app
        project = app.project
        mine = project.codings(self.doc_id, mine=app.coder)  # hers to change, blind or not
        self.my_codings = mine  # kept for cursor moves, which must not query the file
        self.pending_suggestions = project.suggestions(self.doc_id)
        ids = {c.id for c in mine}
        self.coding_memos = {}
        for memo in project.memos("coding"):
            if memo.target_id in ids:
                self.coding_memos.setdefault(memo.target_id, []).append(memo)
        on_doc = project.memos("document", self.doc_id)
        self.doc_memos = [m for m in on_doc if m.start is None]
        self.passage_memos = [m for m in on_doc if m.start is not None]
        marks = [
            Mark(
                c.start,
                c.end,
                self._label(c.code) + ("*" if c.id in self.coding_memos else ""),
                self.code_colors.get(c.code, "white"),
            )
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
        marks += [  # a passage memo: a "*" in the margin, the text left as it is
            Mark(m.start, m.end, "*", "white", memo=True)
            for m in self.passage_memos
            if m.start is not None and m.end is not None
        ]
        self.transcript.set_marks(marks)
        counts: dict[str, int] = {}
        for c in mine:
            counts[c.code] = counts.get(c.code, 0) + 1
        self.sidebar.show_codebook(
            self.code_list, self.code_colors, counts, app.t.lang, app.t, self._whose(mine)
        )
        self.show_suggest_status()
        self._footer_for_suggestions()
        self._shown = None
        self._show_details()

    def _footer_for_suggestions(self) -> None:
        pending = bool(self.pending_suggestions)
        shown = {key: value == pending for key, value in WHILE_SUGGESTING.items()}
        if set_shown(self, shown):
            self.refresh_bindings()

    def show_suggest_status(self) -> None:
        above = sum(s.score >= self.threshold for s in self.pending_suggestions)
        pending = len(self.pending_suggestions)
        missing = self.app.background.semantic_missing
        decided = (0, 0) if pending else self.app.project.decided_here(self.doc_id, self.app.coder)
        self.sidebar.show_suggest_status(
            pending, self.threshold, above, self.app.t, missing, decided
        )

    def _codings_here(self) -> list[Coding]:
        start, end = self.transcript.selection
        return [c for c in self.my_codings if c.start < end and start < c.end]

    def _show_details(self, key: str | None = None) -> None:
        """The code under the cursor (or the suggestion, or ``key``) with its memos."""
        here = self._suggestion_here()
        mine = self._codings_here()
        if key is None:
            # the coding under the cursor first; a suggestion of its own code beside it, a
            # suggestion of another code after it (the sidebar's ``suggested``)
            coded = [c.code for c in mine]
            key = (here.code if here and (here.code in coded or not coded) else None) or (
                coded[0] if coded else None
            )
        selection = self.transcript.selection if self.passage_memos else None
        shown = (key, here.id if here else None, tuple(c.id for c in mine), selection)
        if shown == self._shown:
            return  # unchanged: skip the sidebar's re-layout on every cursor move
        self._shown = shown
        t = self.app.t
        code = next((c for c in self.code_list if c.key == key), None)
        other = here.code if here is not None and here.code != key else None
        suggested = next((c for c in self.code_list if c.key == other), None)
        self.sidebar.show_details(code, here, t.lang, t, suggested)
        memos = [m for c in mine for m in self.coding_memos.get(c.id, [])]
        start, end = self.transcript.selection
        passage = [
            m
            for m in self.passage_memos
            if m.start is not None and m.end is not None and m.start < end and start < m.end
        ]
        self.sidebar.show_memos(memos + passage + self.doc_memos, t)

    @on(TextPane.Filled, "#details")
    def _notes_where_free(self, event: TextPane.Filled) -> None:
        """Notes sit at the bottom of the sidebar while the details pane leaves it blank,
        else at its top. At the top they always covered the codebook's list the coder
        codes from (eyes37b); at the bottom they covered the evidence of the suggestion
        being decided (eyes21), which is only there when the pane is full. The class is
        the rack's, not the screen's: restyling the whole screen each time the pane filled
        or emptied doubled the `1` key's time on a 50,000-word transcript."""
        for rack in self.query("#textual-toastrack"):
            rack.set_class(event.free >= NOTE_ROOM, "-below")

    @on(TranscriptView.CursorMoved)
    def _moved(self) -> None:
        self._show_details()

    # -- coding ---------------------------------------------------------------------------

    def on_key(self, event: Key) -> None:
        """A code's shortcut codes the selection, unless an action is bound to that key.
        Any key is the coder acting: an error note kept for her to read goes now."""
        self.app.clear_notes(errors=True)
        self.keys_seen += 1  # `n` right after `a` stays on the suggestion `a` went to
        if not event.character or not self.transcript.has_focus:
            return
        if event.key in self.active_bindings:
            return
        code = next((c for c in self.code_list if c.shortcut == event.character), None)
        if code is not None:
            event.stop()
            self.apply(code.key)

    # -- search (the prompt's answer; the keys that open and leave it are NavigationActions) --

    @on(Input.Submitted, "#prompt")
    def _search(self, event: Input.Submitted) -> None:
        """`/` on the last words (``slash_in_search_box``) searches them again."""
        self.search_for(event.value)

    def search_for(self, needle: str) -> None:
        """Select the next unit holding the text (wrapping) and say which match of how many
        it is; the needle stays for next time. Enter in the box runs it as the box reads
        the key (``SearchBox``)."""
        self.query_one("#prompt").add_class("hidden")
        self.set_focus(self.transcript)  # at once: the keys typed after Enter are the text's
        if not needle:
            return
        found = next_match(self.doc.text, needle, self.transcript.units, self.transcript.cursor)
        if found is None:
            self.notify(self.app.t("not_found", needle=markup(needle)), severity="warning")
            return
        self.transcript.move_to_offset(found.offset)
        said = "search_match" if found.total == 1 else "search_match_next"  # how to go on
        self.notify(self.app.t(said, number=found.number, total=found.total))

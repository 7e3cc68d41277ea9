"""Below the line: the best code of each sentence the engine did not suggest, best first.

A coder searching a document for a theme wants more than the confident suggestions
(issue 10: "a ranked view of the best code per sentence below the threshold"). `l` in the
coding screen asks the app's helper process, whose engine is fitted already, for the
ranking (``Project.ranked``: nothing is stored), and lists it in a dialog: Enter selects
the sentence in the transcript, to read it in its turn and code it with any code; `a` codes
it at once with the code shown and the list comes back without it, on the next sentence (a
coder searching for a theme codes several in a row: eyes11's coder, the list closed after
each, pressed Esc to close it again and left the document). Nothing here is a suggestion:
it is not counted, accepted or rejected, and the list is computed afresh each time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from qualcode.errors import QualcodeError
from qualcode.model import Code, Document
from qualcode.project import NO_SIGNAL, shown_score
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import cut_words, word_names
from qualcode.tui.safe import filled, markup
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeModal, ScreenPart
from qualcode.tui.screens.busy import PreparingScreen
from qualcode.tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from qualcode.tui.widgets.transcript import TranscriptView

LIMIT = 30  # a screenful and a half: more is a search, which `/` does
FRAME = 18  # the dialog's border and padding, the list's scrollbar and padding, the score
NAME_ROOM = 20  # a code's name beside its sentence, at least: "systems perspective"

Row = tuple[int, int, str, float]  # start, end, code key, score


@dataclass
class BelowLineRanked(Message):
    """The helper's ranking, or the one line it failed with, sent up from the worker."""

    rows: list[Row]
    error: str | None = None


def fitted_names(names: dict[str, str], full: Mapping[str, str], dialog: int) -> dict[str, str]:
    """The codes' names beside the sentences in a dialog ``dialog`` columns wide: as the
    notes name them where that leaves the sentences room, else the whole names cut after
    whole words to a third of the line, turning points by where they go. At 80 columns
    'integrating work environment …' left the sentences four words ('Då... öh, då pratade
    …'), too few to tell whether the code fits (eyes40, a new coder searching with l)."""
    room = max(NAME_ROOM, (dialog - FRAME) // 3)
    if max((len(n) for n in names.values()), default=0) <= room:
        return names
    whole = {key: full.get(key, name) for key, name in names.items()}
    return word_names(whole, room)


class BelowLineScreen(QualcodeModal["tuple[Row, bool] | None"]):
    """Dismisses with the chosen row and whether to code it at once, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "cancel", "Close", id="below.cancel"),
        Binding("a", "code", "Code it", id="below.code"),
    ]

    def __init__(
        self,
        rows: list[Row],
        names: dict[str, str],
        text: str,
        at: int = 0,
        full: Mapping[str, str] | None = None,
    ) -> None:
        """``names``: each code as the notes name it; ``full``: its whole name, cut here
        to what a narrow terminal leaves beside the sentences."""
        super().__init__()
        localize_bindings(self, self.app.t)
        self.rows, self.text, self.at = rows, text, at
        self.full = full or {}
        self.names = fitted_names(names, self.full, self._dialog_width())
        # every name as wide as the widest shown, so the sentences start in one column and
        # the list reads down: they started wherever a code's name ended (eyes38)
        self.name_width = max((len(self.names.get(r[2], r[2])) for r in rows), default=0)

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(classes="cb-dialog", id="below-dialog"):
            yield Static(markup(t("below_title")), classes="cb-dialog-title")
            yield Static(markup(t("below_hint")), classes="cb-dialog-hint")
            yield RowList(*(self._line(row) for row in self.rows), id="below-list")
            yield Static(id="below-whole")

    def _line(self, row: Row) -> Option:
        """One line each: a sentence cut to the room left, so the list reads down."""
        start, end, key, score = row
        sentence = " ".join(self.text[start:end].split())
        name = self.names.get(key, key).ljust(self.name_width)
        room = max(self._dialog_width() - FRAME - len(name), 20)
        figure = self.app.t.figure(shown_score(score))  # under the threshold reads under it
        sentence = cut_words(sentence, room)
        return Option(
            filled("$figure  [b]$name[/b]  $sentence", figure=figure, name=name, sentence=sentence)
        )

    @on(OptionList.OptionHighlighted)
    def _show_whole(self, event: OptionList.OptionHighlighted) -> None:
        """The highlighted sentence whole, with its code's whole name, under the list: a
        line of the list holds a few words of it at 80 columns ("En nulägesbeskrivning
        …"), too few to tell whether the code fits (eyes43, a Swedish plan's long
        compounds)."""
        start, end, key, _ = self.rows[event.option_index]
        name = self.full.get(key) or self.names.get(key, key)
        sentence = " ".join(self.text[start:end].split())
        whole = filled("[b]$name[/b]: $sentence", name=name, sentence=sentence)
        self.query_one("#below-whole", Static).update(whole)

    def _dialog_width(self) -> int:
        return min(self.app.size.width * 9 // 10, 110)  # .cb-dialog's width

    def on_mount(self) -> None:
        listed = self.query_one(OptionList)
        listed.highlighted = min(self.at, len(self.rows) - 1)
        listed.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((self.rows[event.option_index], False))

    def action_code(self) -> None:
        at = self.query_one(OptionList).highlighted
        if at is not None:
            self.dismiss((self.rows[at], True))

    def action_cancel(self) -> None:
        self.dismiss(None)


class BelowLineActions(ScreenPart):
    """Mixed into the coding screen, which provides the attributes annotated below."""

    doc: Document
    doc_id: str
    code_list: list[Code]  # the codes the coder codes with, as the sidebar lists them

    if TYPE_CHECKING:

        @property
        def transcript(self) -> TranscriptView: ...
        def select_span(self, start: int, end: int) -> None: ...
        def apply(self, key: str) -> None: ...
        def short_name(self, key: str, room: int = 40) -> str: ...

    _waiting: PreparingScreen | None = None  # the dialog while the list is being ranked

    def action_below_line(self) -> None:
        """A dialog takes the keys until the list comes (``PreparingScreen``): an `a`
        pressed meanwhile accepted the suggestion under the cursor (tui50)."""
        t = self.app.t
        self._waiting = PreparingScreen(f"{t('below_computing')}\n{t('preparing_esc')}")
        self.app.push_screen(self._waiting)
        self._rank()

    @work(thread=True, exclusive=True, group="below")
    def _rank(self) -> None:
        """Waits for the helper process (behind a suggestion run under way, if any); what
        it answers goes up as a message, as every thread worker's does."""
        app = self.app
        try:
            rows = app.background.ranked(self.doc_id, app.coder, LIMIT)
        except QualcodeError as exc:
            self.post_message(BelowLineRanked([], said(exc, self.app.t)))
            return
        self.post_message(BelowLineRanked(rows))

    def on_below_line_ranked(self, message: BelowLineRanked) -> None:
        # the ranking is done: its "Ranking the sentences…" stayed under the list it had
        # already given, as though more were coming (eyes42)
        self.app.clear_notifications()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            if not waiting.is_current:
                return  # the coder stopped waiting with Esc: no list pops up later
            waiting.dismiss(None)
        if message.error is not None:
            self.notify(message.error, severity="error")
            return
        rows = message.rows
        if not rows:
            # says the floor: "no sentence scores" read as though the engine saw nothing
            t = self.app.t
            self.notify(t("below_none", floor=t.figure(NO_SIGNAL)))
            return
        names = {key: self.short_name(key) for _, _, key, _ in rows}
        self._show_below(rows, names, 0)

    def _whole_names(self) -> dict[str, str]:
        """Every code's whole name in the interface language, for the list to cut."""
        return {c.key: c.name(self.app.t.lang) for c in self.code_list}

    def _show_below(self, rows: list[Row], names: dict[str, str], at: int) -> None:
        def chosen(choice: tuple[Row, bool] | None) -> None:
            if choice is None:
                return
            row, code_now = choice
            start, end, key, _ = row
            self.select_span(start, end)
            if not code_now:
                self.notify(self.app.t("below_went", code=self.short_name(key)))
                return
            self.apply(key)
            rest = [other for other in rows if other is not row]
            if rest:  # back to the list, on the sentence after the one just coded
                self._show_below(rest, names, rows.index(row))

        screen = BelowLineScreen(rows, names, self.transcript.text, at, self._whole_names())
        self.app.push_screen(screen, chosen)

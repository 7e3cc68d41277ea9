"""The coding screen's keys for moving, searching, marking done and leaving.

Mixed into the coding screen like its suggestion, memo and proposing actions, so that the
screen's own module keeps what it holds: the layout, the marks and coding itself. The
search prompt's answer stays on the screen, where Textual finds its ``@on`` handler.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import Input

from qualcode.errors import QualcodeError
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart, nothing_to_page
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.screens.prompt import slash_in_search_box

if TYPE_CHECKING:
    from qualcode.model import Document
    from qualcode.tui.widgets.transcript import TranscriptView

# on a 24-line terminal a suggestion's evidence and the definition run past the sidebar's
# foot, and only a mouse wheel scrolled it: these page it while the cursor stays in the text
DETAIL_KEYS = [
    Binding("greater_than_sign", "details(1)", "Details ↓", show=False, id="coding.details_down"),
    Binding("less_than_sign", "details(-1)", "Details ↑", show=False, id="coding.details_up"),
]


# the keys that open a box to type in run as they arrive (priority bindings), so that
# the letters and Enter typed after them in one go reach the box: as ordinary bindings they
# ran only once the transcript got to the key, and "c case Enter" sent "a", "s" and "e" to
# the transcript (accept, suggest, change) before the picker opened; likewise the memo
# editor and the proposal's name ("M" then "Snabb" suggested, moved on and accepted)
TYPED_AHEAD = frozenset({"search", "find_code", "change_code", "memo", "doc_memo", "propose"})


class NavigationActions(ScreenPart):
    """Mixed into the coding screen, which provides the attributes annotated below."""

    doc_id: str
    doc: Document
    turn_starts: list[int]

    if TYPE_CHECKING:

        @property
        def transcript(self) -> TranscriptView: ...

    def action_details(self, pages: int) -> None:
        from qualcode.tui.widgets.text_pane import TextPane

        pane = self.query_one("#details", TextPane)
        if nothing_to_page(self, pane, pages):
            return
        if pages > 0:
            pane.scroll_page_down(animate=False)
        else:
            pane.scroll_page_up(animate=False)

    def action_move(self, delta: int) -> None:
        self.transcript.move(delta)

    def action_edge(self, delta: int) -> None:
        """Home: the first sentence; End: the last. They scrolled the view alone, the
        cursor stayed in the middle, and the next ``j`` jumped back down there (eyes37)."""
        self.transcript.move(delta * len(self.transcript.units))

    def action_extend(self, delta: int) -> None:
        if not self.transcript.move(delta, extend=True):
            # one note however often J meets the turn's end: each press stacked another
            # five-line note down the sidebar, and four covered it at 100x30; the app
            # keeps the same note up while it shows (QualcodeApp.notify)
            self.notify(self.app.t("turn_end"))

    def action_whole_turn(self) -> None:
        self.transcript.select_turn()

    def action_word(self, delta: int) -> None:
        self.transcript.extend_word(delta, "end")

    def action_word_start(self, delta: int) -> None:
        self.transcript.extend_word(delta, "start")

    def action_turn(self, delta: int) -> None:
        """`}` to the next turn's start; `{` to the start of the turn the cursor is in,
        and from there to the previous turn's, as `{` moves by paragraph in an editor.
        From an answer's middle `{` went to the question before it, and `{ J J 1` coded
        the interviewer's question instead of the answer."""
        view = self.transcript
        here = view.units[view.cursor][0]
        current = bisect.bisect_right(self.turn_starts, here) - 1
        i = current + delta
        if delta < 0 and current >= 0 and view.unit_at(self.turn_starts[current]) != view.cursor:
            i = current  # inside a turn: its own start first
        if 0 <= i < len(self.turn_starts):
            view.move_to_offset(self.turn_starts[i])

    def action_done(self) -> None:
        """Mark the document done; with suggestions still undecided on it, ask first,
        naming how many: done is what tells the lead the document was gone through.
        With nothing coded on it by whoever marks it, ask too: done, she counts in the
        agreement as a coder who found nothing there. A lead who had only read the
        transcript pressed D, and the team's alpha fell from 0.56 to 0.36 with a fourth
        "coder" in the methods paragraph (eyes37)."""
        project = self.app.project
        try:
            waiting = project.undecided_suggestions(self.doc_id)
            coded = bool(project.codings(self.doc_id, mine=self.app.coder))
        except QualcodeError as exc:  # the document was removed meanwhile
            self.notify(said(exc, self.app.t), severity="error")
            return
        if coded and not waiting:
            self._mark_done()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._mark_done()

        again = [  # the key that asked (D, or what the keymap made it) says yes the second time
            key
            for key, items in self._bindings.key_to_bindings.items()
            if any(b.id == "coding.done" for b in items)
        ]
        asked = (
            self.app.t("confirm_done", n=waiting) if coded else self.app.t("confirm_done_uncoded")
        )
        question = ConfirmScreen(asked, again)
        self.app.push_screen(question, answered)

    def _mark_done(self) -> None:
        try:
            self.app.project.set_status(self.doc_id, self.app.coder, "done")
        except QualcodeError as exc:
            self.notify(said(exc, self.app.t), severity="error")
            return
        self.notify(self.app.t("marked_done"))
        self.say_status()

    def say_status(self) -> None:
        """The header: who codes, the document's language and, once she marked it done,
        that it is. "Marked done" passed as a note and nothing on the screen said it
        afterwards, on the document she stayed on or came back to (tui50)."""
        app = self.app
        done = app.project.statuses(app.coder).get(self.doc_id) == "done"
        tail = f" · {app.t('status.done')}" if done else ""
        self.sub_title = f"{app.coder} · {self.doc.lang}{tail}"

    def action_back(self) -> None:
        prompt = self.query_one("#prompt")
        if not prompt.has_class("hidden"):
            prompt.add_class("hidden")
            self.transcript.focus()
            return
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the search box the keys that open a box (priority bindings: / and the code
        picker's c and e) are characters to type; `/` there is read by the box itself, which
        types it or searches again (``slash_in_search_box``)."""
        if action == "search" and self.focused is self.query_one("#prompt"):
            return True
        return action not in TYPED_AHEAD or not isinstance(self.focused, Input)

    def action_search(self) -> None:
        """Open the search box and focus it at once, not on the next turn (``Widget.focus``):
        "/arbetsmiljö" typed in one go sent its letters to the transcript, where ``a``
        accepts, ``r`` rejects and a code's shortcut codes. The binding has priority, so it
        runs as the key arrives and the keys after it go to the box."""
        prompt = self.query_one("#prompt", Input)
        if self.focused is prompt:  # "24/7" typed, or `//`: the next match of the last words
            slash_in_search_box(prompt)
            return
        prompt.placeholder = self.app.t("search_prompt")
        prompt.remove_class("hidden")
        self.set_focus(prompt)

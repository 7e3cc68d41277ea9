"""One line of input over the current screen; the caller's ``submit`` decides if it is good.

``submit`` runs the real operation (a rename, say) and raises ``QualcodeError`` when it is
refused; the dialog then stays open with the one-line reason under the field, so nothing
typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static
from textual.widgets.input import Selection

from qualcode.errors import QualcodeError
from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import markup
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeModal
from qualcode.tui.widgets.search_box import SearchBox, passed_on


class PromptScreen(QualcodeModal[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(self, title: str, value: str, submit: Callable[[str], object]) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.title_text = title
        self.value = value
        self.submit = submit

    def compose(self) -> ComposeResult:
        with Vertical(classes="cb-dialog"):
            yield Static(markup(self.title_text), classes="cb-dialog-title")
            # the old value is selected now, not when the field takes focus: a letter typed
            # before the focus arrived (``f`` then ``municipality=…`` on a loaded machine) was
            # selected by it and the next letter replaced it, and the filter read "unicipality"
            yield self.field()
            yield Static("", classes="cb-dialog-error")

    def field(self) -> Input:
        """The one line the value is typed in."""
        return Input(self.value, id="prompt-value", select_on_focus=False)

    def on_mount(self) -> None:
        """Typing replaces the old value, as select-on-focus did."""
        self.query_one(Input).selection = Selection(0, len(self.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.enter(event.value)

    def enter(self, value: str) -> None:
        """The value given: kept and the dialog closed, or the reason it is refused shown
        under the field, the dialog open."""
        try:
            self.submit(value.strip())
        except QualcodeError as exc:
            self.query_one(".cb-dialog-error", Static).update(markup(said(exc, self.app.t)))
            return
        self.dismiss(value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class SearchPrompt(PromptScreen):
    """The text search's terms box: `/`, the key that opened it, searches the terms it
    shows untouched, as Enter does; once the coder has typed, `/` is a character, so
    "och/eller" and "24/7" can be searched (``slash_in_search_box``). Its Enter searches
    as the box reads it, and the keys typed behind it go to the hits (``SearchBox``): as
    an Input's, "arbetsmiljö", Enter, w in one go searched "arbetsmiljöw"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search_now", "Search", show=False, id="prompt.search", priority=True),
    ]

    def field(self) -> Input:
        return SearchBox(self.enter, value=self.value, id="prompt-value", select_on_focus=False)

    def action_search_now(self) -> None:
        slash_in_search_box(self.query_one(Input))


def slash_in_search_box(box: Input) -> None:
    """`/` pressed in an open search box: a character once the coder has typed there, a
    search (as Enter does) while the box is empty or shows the last words untouched.

    A researcher types any character into a text field, and "och/eller" or "24/7" are
    words said in interviews; small34c made every `/` search, so "och/" searched "och".
    Untouched, the box shows the last search selected (typing replaces it), and `/` there
    searches it again: `//` repeats the last search in a document, as in ``less`` and vi,
    and a coder who opens the box by mistake can search nothing new by a slip.

    A priority key runs as it arrives, before the box has read the keys queued ahead of
    it ("arbetsmiljö/" typed in one go found the box holding "a"), so the box is read,
    and the `/` typed or submitted, in the box's own queue, after those keys; when an Enter
    among them has searched and closed the box (``SearchBox``), the `/` goes back to the app
    and opens it again, so "arbete", Enter, `//` in one go finds the next match."""

    def read() -> None:
        if passed_on(box):  # an Enter read ahead of it searched: `/` anew
            box.app.post_message(events.Key("slash", "/"))
            return
        start, end = sorted(box.selection)
        if not box.value or (start, end) == (0, len(box.value)):
            box.post_message(Input.Submitted(box, box.value))
        elif start == end:
            box.insert_text_at_cursor("/")
        else:
            box.replace("/", start, end)

    box.call_later(read)

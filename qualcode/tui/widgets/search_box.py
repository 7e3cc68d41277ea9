"""The coding screen's search box: Enter searches in the box's own turn, and the keys typed
after it go where they were meant to.

Textual runs an Input's Enter as a binding once the key has bubbled up to the app, after the
box has read the keys typed behind it: "arbetsmiljö", Enter, ``j`` typed in one go (a
terminal sends fast typing so, and a loaded machine lets it queue) searched "arbetsmiljöj"
and found nothing, and `//` after Enter put two slashes in the box. Here Enter searches as
the box reads it, the search moves the focus to the text, and a key the box reads after
that is handed back to the app, which sends it where the focus now is. The text search's
terms box (F) is one too: its Enter closes the dialog, and the keys behind it reach the
hits.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.widgets import Input


def passed_on(box: Input) -> bool:
    """Whether a key the box reads now was typed behind an Enter that searched: the focus
    has moved to the text, or the box's dialog is closed."""
    return box.screen.focused is not box or box.app.screen is not box.screen


class SearchBox(Input):
    def __init__(self, search: Callable[[str], None], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.search = search

    async def _on_key(self, event: events.Key) -> None:
        if passed_on(self):  # typed behind an Enter that searched
            event.stop()
            event.prevent_default()
            self.app.post_message(events.Key(event.key, event.character))
            return
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.search(self.value)
            return
        await super()._on_key(event)

"""Writing a large batch of codings without freezing the screen.

Accepting every suggestion above the threshold, and undoing or redoing that step, writes
one coding per suggestion: on a 50,000-word transcript with 517 suggestions the screen
stood still for 3 s on `A`, and for 10 s on the `u` after it, with no sign of life
(eyes17). A batch that large is written in a thread worker, on its own connection, while
a small dialog says what is being written and takes every key, so that nothing else
writes meanwhile; the worker hands its result back to the screen on the main thread.
Smaller batches are written at once, as before: they take a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Key
from textual.message import Message
from textual.widgets import LoadingIndicator, Static

from qualcode.errors import QualcodeError
from qualcode.tui.safe import literal
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeModal, ScreenPart

if TYPE_CHECKING:
    from qualcode.project import Project

ASIDE_FROM = 20  # edits in one step from which they are written in a worker


@dataclass
class AsideWritten(Message):
    """The worker's result (or its refusal) and what the screen does with it."""

    done: Callable[[Any], None]
    result: Any
    error: str | None = None


class BusyScreen(QualcodeModal[None]):
    """Says what is being written until the worker is done; nothing to cancel (a batch is
    written whole), so Esc only waits."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "wait", show=False, id="busy.wait"),
    ]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="cb-dialog", id="busy-dialog"):
            yield Static(literal(self.message), classes="cb-dialog-text")
            yield LoadingIndicator(id="busy-spinner")

    def action_wait(self) -> None:
        """Esc while a batch is written: it goes on, and the dialog closes when it is done."""


class PreparingScreen(BusyScreen):
    """A list still being prepared takes every key until it comes. The sentences below the
    line are ranked by the helper process, seconds on a busy machine, and an `a` pressed
    before their list came went to the transcript and accepted the suggestion under the
    cursor, work the coder never meant (tui50). A key that is not Esc is dropped with a
    note saying why; Esc stops waiting, and the list is then not shown."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stop", show=False, id="preparing.stop"),
    ]

    def on_key(self, event: Key) -> None:
        if event.key == "escape":
            return  # its binding stops waiting
        event.stop()
        event.prevent_default()
        self.notify(self.app.t("preparing_still"), severity="warning")

    def action_stop(self) -> None:
        self.dismiss(None)


class WritesAside(ScreenPart):
    """Mixed into the coding screen, which repaints its marks after an edit."""

    if TYPE_CHECKING:

        def refresh_marks(self) -> None: ...

    def write_aside(
        self, message: str, job: Callable[[Project], Any], done: Callable[[Any], None]
    ) -> None:
        """Run ``job`` with a worker's project behind a busy dialog, then ``done`` with its
        result on the main thread; a refusal (decided meanwhile elsewhere) is told as
        any refusal is."""
        self.app.push_screen(BusyScreen(message))
        self._aside(job, done)

    @work(thread=True, group="writes-aside")
    def _aside(self, job: Callable[[Project], Any], done: Callable[[Any], None]) -> None:
        try:
            with self.app.worker_project() as project:
                result = job(project)
        except QualcodeError as exc:
            self.post_message(AsideWritten(done, None, said(exc, self.app.t)))
            return
        self.post_message(AsideWritten(done, result))

    def on_aside_written(self, message: AsideWritten) -> None:
        if isinstance(self.app.screen, BusyScreen):
            self.app.pop_screen()
        if message.error is not None:
            self.notify(message.error, severity="error")
            self.refresh_marks()
            return
        message.done(message.result)

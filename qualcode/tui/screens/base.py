"""A typed handle on the app for every screen and every screen's action mixin.

Textual types ``self.app`` as any ``App``, so the screens reached the project, the coder and
the catalog through ``Any`` or an ignore comment, and a misspelt project method was found
only at run time. Screens derive from ``QualcodeScreen`` or ``QualcodeModal`` instead, for
which the type checker knows ``self.app`` is the ``QualcodeApp``; action mixins derive from
``ScreenPart``, which the checker sees as such a screen and Python as a plain class. None of
this changes anything at run time: Textual's own ``app`` property answers. Both also keep
their notes out of view while another screen or a dialog covers them (``hide_notes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from textual import events, on
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from qualcode.tui.safe import plain

if TYPE_CHECKING:
    from qualcode.tui.app import QualcodeApp

ResultT = TypeVar("ResultT")


def hide_notes(screen: Screen[Any]) -> None:
    """A screen a dialog or another screen now covers keeps its notes out of view. The app
    shows its notes on the screen on top; the one underneath still showed those it had, so
    a note under a dialog stood twice (the sidebar's and the dialog's, eyes40). Textual
    shows them again on the screen when it is back on top (its ScreenResume)."""
    for rack in screen.query("#textual-toastrack"):
        rack.display = False


def nothing_to_page(screen: Screen[Any], pane: Widget, pages: int) -> bool:
    """Whether ``pane`` has nothing to page towards ``pages`` (1 down, -1 up), said in a
    short note: ``>`` and ``<`` on details that fit did nothing and said nothing, and the
    lead took the keys for broken (tui47)."""
    down = pages > 0
    if (pane.scroll_y < pane.max_scroll_y) if down else (pane.scroll_y > 0):
        return False
    app: QualcodeApp = screen.app  # type: ignore[assignment]
    screen.notify(app.t("page_none_down" if down else "page_none_up"), timeout=2)
    return True


def worker_failed(screen: Screen[Any], event: Worker.StateChanged) -> None:
    """A worker stopped by an error nobody expected says so. The screens' workers catch
    the errors they expect (``QualcodeError``, ``OSError``) and run with
    ``exit_on_error=False`` so a fault does not close the app; anything else ended the
    worker in silence: an export showed "Writing…" and then nothing, no file and no word
    (audit41). What was saved before is kept; the note names the error to report."""
    if event.state != WorkerState.ERROR:
        return
    error = event.worker.error
    what = f"{type(error).__name__}: {error}" if error is not None else "?"
    screen.notify(
        screen.app.t("worker_failed", error=plain(what)),  # type: ignore[attr-defined]
        severity="error",
        timeout=12,
        markup=False,
    )


class _Covered(Screen[ResultT]):
    """What every qualcode screen and dialog does alike: the checker knows ``self.app`` is
    the ``QualcodeApp``, its notes go out of view while something covers it, and a worker's
    unexpected fault is said. One class, so a screen and a dialog cannot drift apart (the
    two handlers were written out twice, in each class, before stop 42)."""

    if TYPE_CHECKING:
        app: QualcodeApp

    @on(events.ScreenSuspend)
    def _notes_away(self) -> None:
        hide_notes(self)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        worker_failed(self, event)


class QualcodeScreen(_Covered[ResultT]):
    """A full screen of the qualcode app."""

    # binding ids the screen does not offer the person acting (a coder: the lead's keys);
    # the keys panel (`?`) leaves them out, as their footer does (tui/lead_keys.py)
    not_offered: frozenset[str] = frozenset()


class QualcodeModal(ModalScreen[ResultT], _Covered[ResultT]):
    """A dialog of the qualcode app: Textual's modal screen, with the handlers of ``_Covered``."""


if TYPE_CHECKING:  # the checker sees the screen a mixin is mixed into
    ScreenPart = QualcodeScreen[Any]
else:
    ScreenPart = object

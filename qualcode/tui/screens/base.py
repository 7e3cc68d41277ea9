"""A typed handle on the app for every screen and every screen's action mixin.

Textual types ``self.app`` as any ``App``, so the screens reached the project, the coder and
the catalog through ``Any`` or an ignore comment, and a misspelt project method was found
only at run time. Screens derive from ``QualcodeScreen`` or ``QualcodeModal`` instead, for
which the type checker knows ``self.app`` is the ``QualcodeApp``; action mixins derive from
``ScreenPart``, which the checker sees as such a screen and Python as a plain class. None of
this changes anything at run time: Textual's own ``app`` property answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from textual.screen import ModalScreen, Screen

if TYPE_CHECKING:
    from qualcode.tui.app import QualcodeApp

ResultT = TypeVar("ResultT")


class QualcodeScreen(Screen[ResultT]):
    """A full screen of the qualcode app."""

    # binding ids the screen does not offer the person acting (a coder: the lead's keys);
    # the keys panel (`?`) leaves them out, as their footer does (tui/lead_keys.py)
    not_offered: frozenset[str] = frozenset()

    if TYPE_CHECKING:
        app: QualcodeApp


class QualcodeModal(ModalScreen[ResultT]):
    """A dialog of the qualcode app."""

    if TYPE_CHECKING:
        app: QualcodeApp


if TYPE_CHECKING:  # the checker sees the screen a mixin is mixed into
    ScreenPart = QualcodeScreen[Any]
else:
    ScreenPart = object

"""Keys only a lead uses, left out of a coder's footer and keys panel (`?`).

A coder's `?` on the documents screen listed X (remove a document) and U (restore one); the
themes screen's footer offered her a, g, t and m (accept a proposed code, put a code under a
theme, make a theme, merge codes) and the passages screen's o (another coder's passages):
each, pressed, only said that it was the lead's (eyes19). A screen names such keys by
binding id; for a coder they leave the footer and `?`, and still answer if pressed (the
notice says whose they are). A lead's footer is as the screen declares it, and `w`, which
switches who codes, offers the keys again for whoever now acts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from qualcode.tui.keys import set_shown

if TYPE_CHECKING:
    from qualcode.tui.app import QualcodeApp
    from qualcode.tui.screens.base import QualcodeScreen


def is_lead(app: QualcodeApp) -> bool:
    """Does the person the interface acts as hold the lead's role?"""
    return bool(app.coder) and app.project.coder(app.coder).role == "lead"


def offer_lead_keys(screen: QualcodeScreen[Any], ids: Iterable[str], lead: bool) -> bool:
    """Offer the lead's keys ``ids`` on ``screen`` to a lead only: the keys panel reads
    ``screen.not_offered``, the footer each binding's ``show`` (restored to the screen's
    own for a lead). True when the footer changed, so the caller refreshes it. Keys not in
    ``ids`` keep what an earlier call said of them (a screen may offer some keys to whoever
    may read the team's work and others to a lead alone)."""
    wanted = frozenset(ids)
    declared = {
        b.id: b.show for b in getattr(type(screen), "BINDINGS", []) if isinstance(b, Binding)
    }
    screen.not_offered = (screen.not_offered - wanted) | (frozenset() if lead else wanted)
    shown = {key: lead and declared.get(key, True) for key in wanted}
    return set_shown(screen, shown)

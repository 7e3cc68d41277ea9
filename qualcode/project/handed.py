"""A coder's copy of the project (``handout``) acts only as the coder it was handed to.

The copy holds the lead's name too (she leads the project the package merges into), and
nothing in the file stopped anyone from naming her: in omar's copy ``code add --coder
lena`` wrote a coding as lena, ``export-coder --coder lena`` packed it, and the lead's
``merge`` took it in as hers with no word said (review49). Blind coding and the audit
trail rest on a coding's coder being who coded it, so in a copy every write is held to
its coder: the person at the keyboard must be her and every audit entry must name her
(an entry's actor, or the coder a lead's entry is ``for``). Each write of a user's act is
audited in its own transaction, so the audit entry is where one rule meets them all, and
a refused write takes its rows back with it. Reading what the copy holds is not changed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from qualcode.errors import SETTING
from qualcode.project.base import Service
from qualcode.project.blind_parts import WHO, BlindError
from qualcode.store import Store

HANDOUT = "project.handout"  # the entry a copy opens with: for whom, and from which file


def handed_coder(store: Store) -> str | None:
    """The coder this file is a copy for: ``handout`` writes her name in the copy's own
    entry, beside the file it came from (the lead's project keeps entries without
    ``from``), else None."""
    for entry in store.audit.list(HANDOUT):
        coder = entry.payload.get("coder")
        if "from" in entry.payload and isinstance(coder, str):
            return coder
    return None


def copy_refusal(handed: str, nobody_named: bool = False) -> BlindError:
    """The one line a write in a copy as someone other than ``handed`` gets; with nobody
    named, it says how to name her."""
    said = f"this copy was handed to {handed}; it codes as {handed} only"
    if nobody_named:
        return BlindError(
            f"{said} ({SETTING}={handed})", setting=WHO, key="handed_copy", coder=handed
        )
    return BlindError(said, key="handed_copy", coder=handed)


def check_entry(handed: str | None, actor: str, payload: Mapping[str, Any]) -> None:
    """Refuse an audit entry, and with it the write it records, that a copy handed to
    ``handed`` would not write as her: another actor (a lead, a colleague, nobody named),
    or a lead's entry ``for`` her."""
    if handed is None:
        return
    if actor != handed or payload.get("for", handed) != handed:
        raise copy_refusal(handed, nobody_named=actor == "qualcode")


class HandedMixin(Service):
    """Whom this file is a copy for, read once: the copy's first entry is written when
    the copy is made and the log is append-only, so a file never becomes a copy later."""

    _raw: Store
    _handed_read: bool = False
    _handed: str | None = None

    def _handed_to(self) -> str | None:
        if not self._handed_read:
            self._handed, self._handed_read = handed_coder(self._raw), True
        return self._handed

    def require_handed(self, coder: str) -> None:
        """In a copy, refuse an act as ``coder`` unless she is the coder it was handed to
        and nobody else is at the keyboard; checked before any work (a package of someone
        else's is not written only to be taken back)."""
        handed = self._handed_to()
        if handed is None:
            return
        keyboard = self.at_keyboard()
        here = keyboard.name if keyboard is not None else None
        if unicodedata.normalize("NFC", coder.strip()) != handed or here not in (None, handed):
            raise copy_refusal(handed, nobody_named=here is None)

    def require_copy_writer(self, coder: str | None) -> None:
        """``require_handed`` for an act whose coder may be left unnamed (the person
        acting, or nobody: the copy's owner writing as her)."""
        handed = self._handed_to()
        if handed is not None:
            self.require_handed(handed if coder is None else coder)

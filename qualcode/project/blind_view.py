"""The store as the acting person may use it (``AccessMixin`` puts it in place).

While a project is blind, a coder's reads go through repositories that hold only that
coder's rows (codings, memos, decisions, suggestions, document statuses, audit entries,
translations and pinned exemplars of their codings) and a codebook without the codes a
colleague proposed that no lead has taken in yet; writes pass through, and every audit
entry names who acts. This module decides when reads are kept apart and names who acts;
the repositories themselves are in ``blind_parts.py``. Kept apart from ``access.py`` (who
acts and what they may do) so that each stays small.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from qualcode.model import Coder
from qualcode.project.blind_parts import (
    WHO,
    BlindError,
    _Coders,
    _Codes,
    _Codings,
    _Memos,
    _Quotes,
    _Suggestions,
)
from qualcode.project.blind_passes import STORE_PASSES
from qualcode.project.blind_team import (
    _Comments,
    _Decisions,
    _Documents,
    _DocumentSets,
    _Exchange,
    _Held,
    _NameScans,
    _Pseudonyms,
    _Settings,
    _Upgrades,
)
from qualcode.project.handed import check_entry
from qualcode.store import Store


class StoreView:
    """The store as the acting person may use it: their name on every audit entry, and
    (``restrict``) reads of only their own work; writes pass through.

    Whether reads are kept apart is asked again whenever another connection changed the
    file (``recheck``, on ``PRAGMA data_version``): a coder's TUI, a served session or a
    notebook opened while the lead had unblinded kept reading every colleague's codings
    after the lead ran ``team blind`` for the next round, until it was closed."""

    def __init__(
        self,
        store: Store,
        coder: Coder | None,
        restrict: bool,
        lead: Coder | None,
        ask: str,
        recheck: Callable[[], bool] | None = None,
        handed: Callable[[], str | None] | None = None,
    ) -> None:
        self._store = store
        self._recheck = recheck
        # none yet: the first read asks again, so a change landing while ``restrict`` was
        self._mark: int | None = None  # worked out is not taken as answered (red team 11)
        self._restrict = restrict
        self._audit = _Audit(store, coder, restrict, lead, ask, handed)
        parts = (
            *(_Codings, _Memos, _Decisions, _Coders, _Codes, _Quotes, _Comments, _Exchange),
            *(_Documents, _DocumentSets, _Pseudonyms, _Settings, _Upgrades, _NameScans, _Held),
        )
        self._apart: dict[str, Any] = {p.repo: p(store, coder, ask) for p in parts}
        self._apart["suggestions"] = _Suggestions(store, coder, ask, lead_acts=lead is not None)

    @property
    def restrict(self) -> bool:
        self.refresh()
        return self._restrict

    @property
    def audit(self) -> _Audit:
        self.refresh()
        return self._audit

    def refresh(self) -> None:
        """Ask again whether reads are kept apart, if another connection wrote meanwhile
        (one pragma, no table read, when nothing changed)."""
        if self._recheck is None:
            return
        mark = self._store.change_mark()[0]
        if mark != self._mark:
            self._mark = mark
            self._restrict = self._audit._restrict = self._recheck()

    @contextlib.contextmanager
    def transaction(self, *, deferred: bool = False) -> Iterator[Any]:
        """One user action's transaction; a blind coder is not handed the connection it
        yields (every table, past every part), nobody else's write needs it either."""
        with self._store.transaction(deferred=deferred) as db:
            before = self._store.database.conn.total_changes
            yield None if self.restrict else db
            if self._store.database.conn.total_changes != before:  # a write: rolled back if refused
                self._audit.check_writer()

    def __getattr__(self, name: str) -> Any:
        """Fails closed while blind: a repository is read through its part, an attribute
        of the store passes only when ``STORE_PASSES`` names it, and any other is
        refused (``database`` passed, and with it the file's every table)."""
        if name.startswith("_"):
            raise AttributeError(name)
        apart = self.__dict__.get("_apart", {})
        if name in apart or name not in STORE_PASSES:
            self.refresh()
            if self._restrict:
                if name in apart:
                    return apart[name]
                raise BlindError(
                    f"blind coding keeps each coder's work apart: the store's {name} is not "
                    "open to a coder while blind"
                )
        return getattr(self._store, name)


class _Audit:
    """Audit entries name the person at the keyboard: the person acting when a write did
    not name anyone else, and a lead who names someone else (acting for a coder with
    ``--coder``, or passing a colleague's name to the API) as the actor, with the person
    the entry was ``for``. lena, acting as herself in Python, passed ``by="erik"`` to
    ``decide`` and ``"karin"`` to ``add_coding``, and the log named erik and karin as if
    they had done it, where ``--coder`` on the CLI named lena (red team, round 7)."""

    def __init__(
        self,
        store: Store,
        coder: Coder | None,
        restrict: bool,
        lead: Coder | None,
        ask: str,
        handed: Callable[[], str | None] | None = None,
    ) -> None:
        self._store = store
        self._handed = handed  # whom a coder's copy is for: it writes as her only
        self._coder = coder
        self._restrict = restrict
        self._lead = lead
        self._ask = ask

    def append(self, actor: str, action: str, payload: Any) -> None:
        if self._coder is not None and actor == "qualcode":
            actor = self._coder.name
        keyboard = self._lead or self._coder
        if keyboard is not None and actor != keyboard.name:
            actor, payload = keyboard.name, {"for": actor, **payload}
        if self._handed is not None:  # a refused entry takes its write back with it
            check_entry(self._handed(), actor, payload)
        self._store.audit.append(actor, action, payload)

    def check_writer(self) -> None:
        """In a coder's copy, refuse a write made while anyone but her is at the keyboard,
        audited or not: ``suggest`` stored pending suggestions for the lead in omar's copy
        with no entry for ``append`` to refuse (hostile49b)."""
        keyboard = self._lead or self._coder
        if self._handed is not None and keyboard is not None:
            check_entry(self._handed(), keyboard.name, {})

    def list(self, action: str | None = None) -> list[Any]:
        entries = self._store.audit.list(action)
        if not self._restrict:
            return entries
        if self._coder is None:
            raise BlindError(f"blind coding: the audit log is the lead's; {self._ask}", setting=WHO)
        # her own work, whoever typed it: a coding a lead added for her, a suggestion
        # decided for her (the entry's actor is the lead at the keyboard, and the coder
        # it was "for" could not see what was done in her name); a colleague's, never
        me = self._coder.name
        return [e for e in entries if e.actor == me or e.payload.get("for") == me]

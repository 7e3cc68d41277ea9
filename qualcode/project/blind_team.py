"""A blind coder's part of the team's shared work, the repositories of ``StoreView``
(blind_view.py) that hold what reconciliation and packages share: a package's reads
(export-coder, her own work only), the cases' comments and the lead's decisions (none of
them hers while blind). Kept apart from ``blind_parts.py``, which holds her own work's
repositories (codings, codes, memos, suggestions), whose ``_Part`` these fail closed by."""

from __future__ import annotations

import json
from typing import Any

from qualcode.project.blind_parts import LEARNED_FROM, BlindError, _Part


class _Exchange(_Part):
    """A package's reads (export-coder) of her own work only; merging is the lead's."""

    repo = "exchange"

    def _hers(self, coder_id: str) -> None:
        me = self._who()
        if coder_id not in (me.id, me.name):
            raise BlindError(f"blind coding: {me.name} reads only her own work")

    def coder_codings(self, coder_id: str) -> list[dict[str, Any]]:
        self._hers(coder_id)
        return self._store.exchange.coder_codings(coder_id)

    def memos_by(self, author: str) -> list[dict[str, Any]]:
        self._hers(author)
        return self._store.exchange.memos_by(author)

    def statuses(self, coder_id: str) -> list[dict[str, Any]]:
        self._hers(coder_id)
        return self._store.exchange.statuses(coder_id)

    def status_row(self, doc_id: str, coder_id: str) -> dict[str, Any] | None:
        """One document's status, hers only: asked for each document in turn, a
        colleague's said which ones he had finished."""
        self._hers(coder_id)
        return self._store.exchange.status_row(doc_id, coder_id)

    def get_coding(self, coding_id: str) -> dict[str, Any] | None:
        row = self._store.exchange.get_coding(coding_id)
        return row if row is not None and row.get("coder_id") == self._who().id else None

    def rejections(self, coder_id: str) -> list[dict[str, Any]]:
        self._hers(coder_id)
        return self._store.exchange.rejections(coder_id)

    def live_twin(self, doc_id: str, row: dict[str, Any], code_id: str, coder_id: str) -> bool:
        self._hers(coder_id)
        return self._store.exchange.live_twin(doc_id, row, code_id, coder_id)

    def carriers(self, suggestion_id: str) -> list[str]:
        """Her live codings written from the suggestion (a colleague's are his work)."""
        mine = {row[0] for row in self._store.codings.rows(coder_ids=[self._who().id])}
        return [c for c in self._store.exchange.carriers(suggestion_id) if c in mine]

    def memo_row(self, memo_id: str) -> dict[str, Any] | None:
        """Her memo's row; a colleague's is none, as an unknown id (its text is his)."""
        row = self._store.exchange.memo_row(memo_id)
        return row if row is not None and row["author"] == self._who().name else None

    def memo_author(self, memo_id: str) -> str | None:
        row = self.memo_row(memo_id)
        return None if row is None else str(row["author"])

    def has_memo(self, memo_id: str) -> bool:
        return self.memo_row(memo_id) is not None

    def suggestion_row(self, suggestion_id: str) -> dict[str, Any] | None:
        """Her suggestion's row (decided by her, or pending from her own engine); another's
        is none, as an unknown id."""
        me = self._who()
        row = self._store.exchange.suggestion_row(suggestion_id)
        if row is None:
            return None
        if row["decided_by"] is None:
            hers = json.loads(row["evidence"] or "{}").get(LEARNED_FROM) == me.name
        else:
            hers = row["decided_by"] == me.id
        return row if hers else None


class _Comments(_Part):
    """A case's discussion is the team's reconciliation, the lead's while blind (the cases
    refuse a coder; the comments were read straight from the store)."""

    repo = "comments"

    def list(self, document_ids: list[str] | None = None) -> list[Any]:
        self._who()
        return []


class _Decisions(_Part):
    repo = "decisions"

    def current(self) -> list[Any]:
        self._who()
        return []

    def all(self) -> list[Any]:
        self._who()
        return []

    def in_force(self, case_id: str, extent: tuple[str, int, int] | None = None) -> list[str]:
        self._who()
        return []

    def consensus_codes(self, decision_ids: list[str]) -> dict[str, list[str]]:
        self._who()
        return {}

    def consensus_codings_of(self, decision_ids: list[str]) -> list[str]:
        self._who()
        return []


class _Documents(_Part):
    """The documents every coder reads; ``PASSES`` names each read (none holds anyone's
    coding), and the kept reads (``held``) and the connection stay shut."""

    repo = "documents"


class _DocumentSets(_Part):
    repo = "document_sets"


class _Pseudonyms(_Part):
    repo = "pseudonyms"


class _Upgrades(_Part):
    repo = "upgrades"


class _NameScans(_Part):
    repo = "name_scans"


class _Held(_Part):
    """An export's kept reads: entering ``holding`` passes; what is kept (a colleague's
    statuses among it) is read only by the repositories themselves."""

    repo = "held"


class _Settings(_Part):
    """The project's settings, less those kept for one colleague: a setting named for a
    coder (``accept_all_threshold.<coder id>``) is that coder's, not hers."""

    repo = "settings"

    def get(self, name: str) -> str | None:
        """The setting, unless it is kept for a coder other than the one acting (nobody
        named: for any coder); the project's own settings pass to anyone."""
        for coder in self._store.coders.list():
            if coder.id in name and (self._coder is None or coder.id != self._coder.id):
                who = self._who().name  # nobody named: asked to say who acts
                raise BlindError(f"blind coding: {who} cannot read {coder.name}'s own setting")
        return self._store.settings.get(name)

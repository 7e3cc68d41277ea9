"""A blind coder's own work: the repositories ``StoreView`` (blind_view.py) reads through
in place of the store's, one per kind of work (codings, memos, coders' statuses, codes
proposed by colleagues, translations and exemplars, suggestions; the team's packages,
comments and decisions are in ``blind_team.py``). Each holds only the acting coder's rows;
a method a part does not define passes to the store only when ``blind_passes.py`` names
it, and is refused otherwise; who she is comes from ``access.py``."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from qualcode.errors import NotFoundError, QualcodeError
from qualcode.model import Code, Coder, Coding, Memo, Suggestion
from qualcode.oneline import shown
from qualcode.project.blind_passes import PASSES
from qualcode.store import Store
from qualcode.store.codes import unknown_code

# in a pending suggestion's evidence: the coder whose own engine made it (none: the team's)
LEARNED_FROM = "learned_from"


class BlindError(QualcodeError):
    """A read or write that blind coding does not allow for the person acting."""


# the setting that says who acts, which a refusal asking who acts names (the CLI's --coder)
WHO = "coder"


class _Part:
    """One repository of the store as a blind coder reads it. Fails closed: a method it
    does not define passes to the store's repository only when ``PASSES`` names it (a
    write, or a read of no colleague's work); any other is refused, so a read added to
    the repository later stays shut until someone decides (each part passed every name
    through, and ``codings.each`` gave her everyone's codings)."""

    repo = ""  # the store's repository this part stands for (``Store`` attribute)

    def __init__(self, store: Store, coder: Coder | None, ask: str) -> None:
        self._store = store
        self._coder = coder
        self._ask = ask

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in PASSES[self.repo]:
            return getattr(getattr(self._store, self.repo), name)
        raise BlindError(
            f"blind coding keeps each coder's work apart: {self.repo}.{name} is not open "
            "to a coder while blind"
        )

    def _who(self) -> Coder:
        if self._coder is None:
            raise BlindError(
                f"blind coding: the coders' work is kept apart; {self._ask}", setting=WHO
            )
        return self._coder


class _Codings(_Part):
    repo = "codings"

    def rows(
        self,
        *,
        document_ids: Sequence[str] | None = None,
        coder_ids: Sequence[str] | None = None,
        code_ids: Sequence[str] | None = None,
        layer: str | None = None,
        include_deleted: bool = False,
        fields: Sequence[str] | None = None,
        ordered: bool = True,
    ) -> list[tuple[Any, ...]]:
        me = self._who()
        if layer == "consensus" or (coder_ids is not None and me.id not in coder_ids):
            return []
        return self._store.codings.rows(
            document_ids=document_ids,
            coder_ids=[me.id],
            code_ids=code_ids,
            layer="coder",
            include_deleted=include_deleted,
            fields=fields,
            ordered=ordered,
        )

    def joined(self, fields: Sequence[str], separator: str) -> tuple[int, list[str]]:
        """Her live codings' ``fields`` as one text each (the store's ``joined``, which
        read everyone's codings of both layers)."""
        rows = self.rows(fields=fields, ordered=False)
        texts = [
            separator.join(str(r[at]) for r in rows if r[at] is not None)
            for at in range(len(fields))
        ]
        return len(rows), texts if fields else []

    def coded_documents(
        self, among: Collection[str] | None = None, coder_ids: Collection[str] | None = None
    ) -> int:
        """How many documents hold a live coding of hers (of everyone's, it counted where
        colleagues had coded)."""
        me = self._who()
        if coder_ids is not None and me.id not in coder_ids:
            return 0
        return self._store.codings.coded_documents(among, [me.id])

    def layer_has_codings(self, layer: str, document_ids: Sequence[str] | None = None) -> bool:
        """Whether she has a live coding (of these documents); the consensus holds none for
        her (asked of the store, it said whether anyone had coded them)."""
        if layer != "coder":
            self._who()
            return False
        return bool(self.rows(document_ids=document_ids, fields=("id",)))

    def on_removed_documents(self, code_id: str) -> int:
        """Her live codings of ``code_id`` on documents a lead took out (everyone's told
        her how many of a colleague's stood there): hers less those on live documents."""
        me = self._who()
        on_live = {row[0] for row in self.rows(code_ids=[code_id], fields=("id",))}
        return sum(
            1
            for row in self._store.exchange.coder_codings(me.id)
            if row["code_id"] == code_id and not row["deleted_at"] and row["id"] not in on_live
        )

    def list(self, **filters: Any) -> list[Coding]:
        return [Coding(*row) for row in self.rows(**filters)]

    def each(self) -> Iterator[Coding]:
        """Her live codings one at a time (``list``'s): passed through, it was everyone's."""
        return iter(self.list())

    def resolve(self, ref: str) -> Coding:
        """Hers by id or prefix, looked for among hers only: found among everyone's, a
        prefix a colleague shared answered "matches 2 codings" where she had one (or
        none), so trying prefixes counted his work (red team 6)."""
        me = self._who()
        try:
            return self._store.codings.resolve(ref, coder_id=me.id)
        except NotFoundError:
            raise NotFoundError(
                f"no coding {shown(ref)} among {me.name}'s (blind coding)"
            ) from None

    def rater_spans(self, *args: Any, **kwargs: Any) -> Any:
        """Every rater's spans are agreement's, the lead's while blind."""
        raise BlindError(f"blind coding: {self._who().name} cannot see the other raters' spans")

    def counts_by_code(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for coding in self.list():
            counts[coding.code_id] = counts.get(coding.code_id, 0) + 1
        return counts


class _Coders(_Part):
    """Everyone's names and roles, but only the acting coder's document statuses: which
    documents a colleague marked done is their work."""

    repo = "coders"

    def statuses(self, coder_id: str) -> dict[str, str]:
        me = self._who()
        if coder_id != me.id:
            other = next((c.name for c in self._store.coders.list() if c.id == coder_id), "?")
            raise BlindError(
                f"blind coding: {me.name} cannot see {other}'s document statuses until a "
                "lead turns blind coding off",
                action="unblind",
            )
        return self._store.coders.statuses(coder_id)


class _Codes(_Part):
    """The shared codebook less the codes a colleague proposed and no lead has accepted:
    a proposal names what that coder saw in the material (issue 14.9: 'marked proposed
    for the lead'), so while blind it is theirs and the leads' alone. Unknown to the
    coder as any key that is not there; the proposer sees her own."""

    repo = "codes"

    def _hidden(self) -> set[str]:
        me = self._coder.name if self._coder is not None else None
        return {
            code_id
            for code_id, (status, by) in self._store.codes.statuses().items()
            if status == "proposed" and by != me
        }

    def list(self, include_deleted: bool = False) -> list[Code]:
        hidden = self._hidden()
        return [c for c in self._store.codes.list(include_deleted) if c.id not in hidden]

    def statuses(self) -> dict[str, tuple[str, str | None]]:
        hidden = self._hidden()
        return {k: v for k, v in self._store.codes.statuses().items() if k not in hidden}

    def id_for_key(self, key: str) -> str:
        try:
            code_id = self._store.codes.id_for_key(key)
        except NotFoundError:
            code_id = None
        if code_id is None or code_id in self._hidden():
            # the key meant is looked for among the codes she may see: a colleague's
            # proposed code, hidden while blind, is never named to her
            raise unknown_code(key, self.list()) from None
        return code_id

    def get(self, key: str) -> Code:
        code_id = self.id_for_key(key)
        return next(c for c in self._store.codes.list() if c.id == code_id)

    def taken_ids(self) -> set[str]:
        """The live codes' ids she may see: a colleague's proposal is not there for her."""
        return self._store.codes.taken_ids() - self._hidden()

    def taken_keys(self) -> set[str]:
        """Every key in the file, hidden ones too: a new code never takes a colleague's."""
        return self._store.codes.taken_keys()


class _Quotes(_Part):
    """Translations and the lead's pinned exemplars of the coder's own codings only: a
    colleague's translation is her reading of his passage (it travelled in a blind coder's
    .qdpx and the API's ``translations()``)."""

    repo = "quotes"

    def _mine(self) -> set[str]:
        me = self._who()
        rows = self._store.codings.rows(coder_ids=[me.id], layer="coder", include_deleted=True)
        return {row[0] for row in rows}

    def translations(self) -> dict[tuple[str, str], str]:
        mine = self._mine()
        return {k: v for k, v in self._store.quotes.translations().items() if k[0] in mine}

    def translations_written(self) -> dict[tuple[str, str], tuple[str, str]]:
        mine = self._mine()
        return {k: v for k, v in self._store.quotes.translations_written().items() if k[0] in mine}

    def pinned(self) -> set[str]:
        return self._store.quotes.pinned() & self._mine()

    def pinned_at(self) -> dict[str, str]:
        mine = self._mine()
        return {k: v for k, v in self._store.quotes.pinned_at().items() if k in mine}


class _Memos(_Part):
    repo = "memos"

    def list(self, target_kind: str | None = None, target_id: str | None = None) -> list[Memo]:
        me = self._who()
        return [m for m in self._store.memos.list(target_kind, target_id) if m.author == me.name]

    def get(self, memo_id: str) -> Memo | None:
        """Hers by id or prefix (a prefix found a colleague's memo, one hex digit at a time)."""
        prefix = memo_id.replace("%", "").replace("_", "")
        found = [m for m in self.list() if prefix and m.id.startswith(prefix)]
        return found[0] if len(found) == 1 else None


class _Suggestions(_Part):
    """The coder's own pending proposals (from an engine fitted on her work alone) and her
    own decisions; no quote of another's coding. Pending suggestions from a colleague's or
    the team's engine would show what that engine learned from their codings."""

    repo = "suggestions"

    def __init__(self, store: Store, coder: Coder | None, ask: str, *, lead_acts: bool) -> None:
        super().__init__(store, coder, ask)
        self._lead_acts = lead_acts  # a lead acting for the coder may decide any

    def _hers(self, s: Suggestion, me: Coder) -> bool:
        if s.status != "pending":
            return s.decided_by == me.name
        return s.evidence.get(LEARNED_FROM) == me.name

    def resolve(self, ref: str) -> Suggestion:
        """Hers by id or prefix, among hers only (as codings are)."""
        if self._lead_acts:
            return self._store.suggestions.resolve(ref)
        me = self._who()
        try:
            return self._store.suggestions.resolve(ref, keep=lambda s: self._hers(s, me))
        except NotFoundError:
            raise NotFoundError(
                f"no suggestion {shown(ref)} among {me.name}'s (blind coding)"
            ) from None

    def model(self, coder: str, tier: str) -> Any:
        """Her own kept engine only: a colleague's holds his coded sentences with their
        codes (its few-shot stage), what blind coding keeps from her; the team's ('')
        learned from everyone's."""
        if not self._lead_acts and coder != self._who().name:
            return None
        return self._store.suggestions.model(coder, tier)

    def save_model(self, coder: str, *args: Any) -> None:
        if self._lead_acts or coder == self._who().name:  # never over a colleague's engine
            self._store.suggestions.save_model(coder, *args)

    def training_state(self, coder_id: str | None = None, code_ids: set[str] | None = None) -> str:
        """Her own work's fingerprint, whoever's engine is asked for: the team's, or a
        colleague's, moved whenever a colleague coded, which she could watch for. It
        only keys a kept engine, and she neither loads nor keeps another's (``model``)."""
        if not self._lead_acts:
            coder_id = self._who().id
        return self._store.suggestions.training_state(coder_id, code_ids)

    def finished_documents(self) -> dict[str, set[str]]:
        """The documents she marked done (a colleague's statuses are his work)."""
        me = self._who().name
        return {k: v for k, v in self._store.suggestions.finished_documents().items() if k == me}

    def kept_pending(self, document_ids: Sequence[str]) -> list[Suggestion]:
        me = self._who()
        return [s for s in self._store.suggestions.kept_pending(document_ids) if self._hers(s, me)]

    def list(self, *args: Any, **kwargs: Any) -> list[Suggestion]:
        me = self._who()
        shown = []
        for s in self._store.suggestions.list(*args, **kwargs):
            if not self._hers(s, me):
                continue
            # a passage someone coded: hers when her own engine (fitted on her codings
            # alone) made the suggestion, and then it is the reason she is shown
            coded = s.evidence.get("nearest_kind") == "coded"
            if coded and s.evidence.get(LEARNED_FROM) != me.name:
                s = dataclasses.replace(s, evidence={**s.evidence, "nearest": None})
            shown.append(s)
        return shown

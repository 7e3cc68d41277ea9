"""A coder's decisions on suggestions: accept (a coding), reject (a negative), take back.

Taking back works both ways. `u` after `r` makes a rejection pending again
(``reopen_suggestions``); removing the coding an acceptance wrote (`u` after `a`, or
``coding remove``) makes the suggestion pending again too (``reopen_undone``), so it is
proposed again at once instead of staying "accepted" with nothing coded; bringing that
coding back (redo) accepts it again (``reaccept_restored``). The suggestion keeps its row,
so the removed coding still names the suggestion it came from.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.errors import ValidationError
from qualcode.graphemes import whole_characters
from qualcode.model import Coder, Coding, Suggestion
from qualcode.project.api_arguments import require_number, require_text
from qualcode.project.handed import HandedMixin
from qualcode.store import Store

ACCEPT_ALL_START = 0.8  # high on purpose: accepting in bulk takes only the surest at first
_ACCEPT_ALL = "accept_all_threshold."  # a setting per coder id (a renamed coder keeps hers)


class DecisionsMixin(HandedMixin):
    _raw: Store
    acting: Coder | None

    def accept_all_threshold(self, coder: str) -> float:
        """The score from which accepting in bulk (the coding screen's `A`) takes every
        pending suggestion, as this coder last set it; 0.80 until she does.

        It is the coder's own and kept in the project: a coder who had lowered it to 0.70,
        having learnt that she accepts what scores there, found it back at 0.80 in every
        document she opened, and took fewer suggestions in bulk than she meant to."""
        person = self.person(coder, "read the accept-all threshold")
        stored = self._raw.settings.get(_ACCEPT_ALL + person.id)
        try:
            value = float(stored) if stored else ACCEPT_ALL_START
        except ValueError:  # an edited file: the start rather than a failing screen
            return ACCEPT_ALL_START
        return value if 0.0 <= value <= 1.0 else ACCEPT_ALL_START

    def set_accept_all_threshold(self, coder: str, value: float) -> float:
        """Keep a coder's accept-all threshold (rounded to hundredths, as it is shown) for
        every document and session of hers; returns what is kept. A preference, not a
        decision on the material, so it is not audited."""
        require_text(coder, "accept-all threshold: the coder")
        require_number(value, "the accept-all threshold")
        person = self.person(coder, "set the accept-all threshold")
        if not 0.0 <= value <= 1.0:
            raise ValidationError(f"the accept-all threshold {value} must be between 0 and 1")
        kept = round(value, 2)
        self.require_copy_writer(person.name)  # hers, in a copy only its coder's (handed.py)
        with self._raw.transaction():
            self._raw.settings.put(_ACCEPT_ALL + person.id, f"{kept:.2f}")
        return kept

    def suggestions(
        self, doc: str | None = None, status: str | None = "pending"
    ) -> list[Suggestion]:
        """Stored suggestions of a document (or all), pending ones by default. A pending
        one of a retired code (kept because an undone acceptance names it) is left out."""
        doc_ids = [self.store.documents.resolve(doc)] if doc else None
        found = [s for s in self.store.suggestions.list(doc_ids, status) if self.shows_pending(s)]
        if status == "pending" and found:
            live = {c.id for c in self.store.codes.list()}
            found = self._not_coded_by_hand([s for s in found if s.code_id in live])
        return found

    def _not_coded_by_hand(self, pending: list[Suggestion]) -> list[Suggestion]:
        """``pending`` without the suggestions the acting person has since coded herself
        with the same code (a coding of hers of that code overlaps it), as a new run of
        ``suggest`` would leave them out. A new coder who coded a whole answer with the
        code a suggestion proposed on one of its sentences still had it underlined with a
        ``?``, counted among the "19 suggestions" that never went down however much she
        coded, visited by ``n`` and counted again when ``D`` asked about undecided ones
        (eyes37). Her coding removed again, the suggestion is listed again."""
        me = self.acting
        if me is None or not pending:
            return pending
        mine = self.store.codings.list(
            document_ids=sorted({s.document_id for s in pending}),
            coder_ids=[me.id],
            layer="coder",
        )
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for c in mine:
            spans.setdefault((c.document_id, c.code_id), []).append((c.start, c.end))
        return [
            s
            for s in pending
            if not any(
                start < s.end and s.start < end
                for start, end in spans.get((s.document_id, s.code_id), ())
            )
        ]

    def _decide_suggestions(self, refs: Sequence[str], coder: str, status: str) -> list[str]:
        self.require_self(coder, "decide suggestions")
        person = self.store.coders.by_name(coder)
        written = []
        with self.store.transaction():
            # read under the write lock: the same coder's other window (a second browser
            # tab of `serve`, the CLI beside the TUI) may have decided it meanwhile, or a
            # new run replaced it; read before, both acceptances wrote a coding
            chosen = [self.store.suggestions.resolve(r) for r in refs]
            for s in chosen:
                if s.status != "pending":
                    raise ValidationError(
                        f"suggestion {s.id[:8]} was already {s.status}",
                        key="suggestion_accepted_already"
                        if s.status == "accepted"
                        else "suggestion_rejected_already",
                    )
                if status == "accepted":
                    self.codable_id(s.code)
            # each document's status read once: accept-all of hundreds of suggestions read
            # every status of the coder once per suggestion
            begun = self.store.coders.statuses(person.id) if status == "accepted" else {}
            # a suggestion is a run of the engine's sentence units, and a unit's end may
            # fall inside an emoji or a letter and its mark: its coding takes the whole
            # characters, as a coding by hand does (coding.whole_span)
            accepting = status == "accepted"
            texts = self.store.documents.texts({s.document_id for s in chosen}) if accepting else {}
            for s in chosen:
                self.store.suggestions.decide(s.id, status, person.id)
                if status == "accepted":
                    start, end = whole_characters(texts[s.document_id], s.start, s.end)
                    written.append(
                        self.store.codings.insert(
                            document_id=s.document_id,
                            start=start,
                            end=end,
                            code_id=s.code_id,
                            coder_id=person.id,
                            origin="suggestion",
                            suggestion_id=s.id,
                        )
                    )
                # an accepted suggestion is a coding like one made by hand: the document
                # is in progress for the coder (it stayed "to do" after five acceptances)
                if status == "accepted" and begun.get(s.document_id) in (None, "todo"):
                    self.store.coders.set_status(s.document_id, person.id, "in_progress")
                    begun[s.document_id] = "in_progress"
                self.store.audit.append(
                    coder,
                    f"suggestion.{status[:-2]}",
                    {
                        "suggestion": s.id,
                        "code": s.code,
                        "document": s.document_id,
                        "score": s.score,
                    },
                )
        return written

    def accept_suggestions(self, refs: Sequence[str], coder: str) -> list[str]:
        """Make suggestions the coder's codings (origin ``suggestion``); returns coding ids."""
        return self._decide_suggestions(refs, coder, "accepted")

    def reject_suggestions(self, refs: Sequence[str], coder: str) -> None:
        """Record rejections; they become negatives for their code in later fits."""
        self._decide_suggestions(refs, coder, "rejected")

    def decided_here(self, doc: str, coder: str) -> tuple[int, int]:
        """How many of a document's suggestions ``coder`` has accepted and rejected (those
        taken back are pending again, and not counted). Once none waits, the coding
        screen says so with these: its suggestion line went blank when the last one was
        decided, as though none had ever been made (eyes42)."""
        person = self.person(coder, "read suggestions")
        counts = {"accepted": 0, "rejected": 0}
        for s in self.store.suggestions.list([self.store.documents.resolve(doc)]):
            if s.status in counts and s.decided_by == person.name:
                counts[s.status] += 1
        return counts["accepted"], counts["rejected"]

    def reopen_suggestions(self, refs: Sequence[str], coder: str) -> None:
        """Take back rejections (the coding screen's `u` after `r`): pending again, no
        longer a negative. Only the person who rejected a suggestion takes it back."""
        self.require_self(coder, "take back rejections")
        person = self.store.coders.by_name(coder)
        chosen = [self.store.suggestions.resolve(r) for r in refs]
        for s in chosen:
            if s.status != "rejected" or s.decided_by != person.name:
                raise ValidationError(f"suggestion {s.id[:8]} is not a rejection of {coder}'s")
        with self.store.transaction():
            for s in chosen:
                self.store.suggestions.reopen(s.id)
                self.store.audit.append(
                    coder,
                    "suggestion.reopen",
                    {"suggestion": s.id, "code": s.code, "document": s.document_id},
                )


def reopen_undone(store: Store, coding: Coding, actor: str) -> None:
    """The coding an acceptance wrote is removed: its suggestion is pending again.

    Called inside the removal's transaction. Only an acceptance that this coding carries
    out is taken back (a suggestion accepted again meanwhile by another coding stays)."""
    suggestion = _carried(store, coding, "accepted")
    if suggestion is None:
        return
    store.suggestions.reopen(suggestion.id)
    store.audit.append(
        actor,
        "suggestion.reopen",
        {
            "suggestion": suggestion.id,
            "code": suggestion.code,
            "document": suggestion.document_id,
            "because": "its coding was removed",
        },
    )


def reaccept_restored(store: Store, coding: Coding, actor: str) -> None:
    """A removed coding from a suggestion comes back (redo): the suggestion, pending
    since the removal, is accepted again by the coding's coder. A suggestion decided
    otherwise meanwhile (rejected, or accepted anew) is left as it is."""
    suggestion = _carried(store, coding, "pending")
    if suggestion is None:
        return
    store.suggestions.decide(suggestion.id, "accepted", coding.coder_id)
    store.audit.append(
        actor,
        "suggestion.accept",
        {
            "suggestion": suggestion.id,
            "code": suggestion.code,
            "document": suggestion.document_id,
            "score": suggestion.score,
            "because": "its coding was restored",
        },
    )


def _carried(store: Store, coding: Coding, status: str) -> Suggestion | None:
    """The suggestion this coding was written from, if it has ``status`` and no other
    live coding carries it."""
    if not coding.suggestion_id or coding.layer != "coder":
        return None
    found = store.suggestions.list(ids=[coding.suggestion_id])
    if not found or found[0].status != status:
        return None
    others = [
        c
        for c in store.codings.list(document_ids=[coding.document_id])
        if c.suggestion_id == coding.suggestion_id and c.id != coding.id
    ]
    return None if others else found[0]

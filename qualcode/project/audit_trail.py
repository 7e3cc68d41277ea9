"""The audit trail as a screen reads it: newest first, each entry with the document it is
about and what it says in one line, and the filters a lead narrows it with.

``qualcode audit`` prints the log through ``Project.audit``; the TUI's audit screen reads
it through the same call, so blind coding (a coder reads her own entries only) and the
pseudonym key hold there as on the command line. What is added here is what a screen
needs and the log does not store: the name of the document an entry is about (a comment
or a reopening names only its case, so the case is looked up), and a one-line text with
the ids left out (a lead reading over SSH has no use for a coding's uuid: ``audit_said.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qualcode.errors import QualcodeError
from qualcode.project.api_arguments import require_text
from qualcode.project.audit_said import PLAIN, TrailWords, entry_said
from qualcode.project.base import Service
from qualcode.project.coder_pseudonyms import entry_listed
from qualcode.project.source_paths import folders_out

if TYPE_CHECKING:
    import pandas as pd

    from qualcode.export.pseudonyms import Key
    from qualcode.model import AuditEntry
    from qualcode.project.audit_columns import AuditColumns
    from qualcode.store.comments import CommentRow
    from qualcode.store.decisions import DecisionRow


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """One audit entry as the audit screen lists it."""

    at: str  # UTC, ISO 8601, as stored
    actor: str
    action: str
    kind: str  # the family the filter offers: "reconcile" for decide, comment, reopen
    document: str  # the document's name (through the key), "" when about none
    said: str  # what it records, in one line
    payload: Mapping[str, object] = field(default_factory=dict)
    for_whom: str = ""  # the coder a lead acted for ("for" in the payload), else ""
    document_id: str = ""  # the live document it is about, "" when none (or removed)
    span: tuple[int, int] | None = None  # the passage it is about, where it names one
    # who and what as the list says them, in the words asked for ("" : the stored forms)
    who: str = ""
    what: str = ""
    # what the search box looks in, casefolded once: folding four texts of each of 300k
    # entries per key typed took 0.35 s, in the interface's thread
    words: str = field(default="", compare=False, repr=False)
    # the stored entry's id: the audit csv names each row's document by it (audit_columns)
    entry_id: str = ""

    def __post_init__(self) -> None:
        # who did it as the list names it: "lena for omar" when a lead acted for a coder
        # (the log names the person at the keyboard, and her colleague's name stood in
        # the details among the code's fields)
        if not self.who:
            who = PLAIN.acted_for(self.actor, self.for_whom) if self.for_whom else self.actor
            object.__setattr__(self, "who", who)
        if not self.what:
            object.__setattr__(self, "what", self.action)
        if not self.words:
            said = (self.said, self.who, self.action, self.what, self.document)
            object.__setattr__(self, "words", "\n".join(said).casefold())


def _span(payload: Mapping[str, object]) -> tuple[int, int] | None:
    """The passage an entry names (a coding's start and end), None where it names none."""
    start, end = payload.get("start"), payload.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return start, end
    return None


def filter_trail(
    entries: Iterable[TrailEntry],
    *,
    actor: str | None = None,
    kind: str | None = None,
    document: str | None = None,
    text: str = "",
) -> list[TrailEntry]:
    """The entries by ``actor`` (or done for her by a lead), of ``kind``, about
    ``document`` (a name), whose words hold ``text`` (any case): what the audit screen's
    filters keep, in the given order."""
    needle = text.strip().casefold()
    return [
        e
        for e in entries
        if (actor is None or actor in (e.actor, e.for_whom))
        and (kind is None or e.kind == kind)
        and (document is None or e.document == document)
        and (not needle or needle in e.words)
    ]


class AuditTrailMixin(Service):
    def audit_frame(self, viewer: str | None = None, *, real_names: bool = False) -> pd.DataFrame:
        """The log as ``viewer`` may read it (``audit_trail``), oldest first, as a table
        for a notebook: ``at``, ``actor``, ``for`` (the coder a lead acted for), ``action``,
        ``kind`` (its family: ``export``, ``reconcile`` ...), ``document`` (its name),
        ``said`` (one line) and ``payload`` (every field). What a methods section or an
        ethics board asks is then one filter away: who exported which file with real
        names, ``frame[frame.action.str.startswith("export.")]``."""
        require_text(viewer, "audit_frame: the viewer", optional=True)
        import pandas as pd

        trail = self.audit_trail(viewer, real_names=real_names)[::-1]
        return pd.DataFrame(
            {
                "at": [e.at for e in trail],
                "actor": [e.actor for e in trail],
                "for": [e.for_whom or None for e in trail],
                "action": [e.action for e in trail],
                "kind": [e.kind for e in trail],
                "document": [e.document or None for e in trail],
                "said": [e.said for e in trail],
                "payload": [dict(e.payload) for e in trail],
            },
            columns=["at", "actor", "for", "action", "kind", "document", "said", "payload"],
        )

    def audit_trail(
        self, viewer: str | None, *, real_names: bool = False, words: TrailWords = PLAIN
    ) -> list[TrailEntry]:
        """The log as ``viewer`` may read it, newest first (``Project.audit``: blind, a
        coder's own entries and what a lead did for her; names on the pseudonym key unless
        a lead asks for ``real_names``), each entry with its document's name and a line of
        what it says, qualcode's words in ``words`` (the audit screen's language)."""
        entries = self.audit(real_names=real_names, viewer=viewer)
        return self._trail(entries, entries, self.pseudonym_key(real_names, viewer), viewer, words)

    def audit_sheet(
        self,
        action: str | None = None,
        actor: str | None = None,
        *,
        real_names: bool = False,
        viewer: str | None = None,
    ) -> AuditColumns:
        """``qualcode audit --format csv``: the entries ``audit`` keeps, a column per
        field, each named with its document as ``audit_trail`` names it. The log is read
        once (the CLI read it twice, ``audit`` and then ``audit_trail``, review44); the
        names are placed by every entry ``viewer`` may read, since a removed memo is placed
        by its ``memo.add``, which ``action`` or ``actor`` may leave out."""
        from qualcode.project.audit_columns import audit_columns

        keep = self._audit_kept(action, actor)
        key = self.pseudonym_key(real_names, viewer)
        stored = self.store.audit.list()
        # as ``audit`` gives them
        every = [key.entry(entry_listed(folders_out(e), key.coder)) for e in stored]
        kept = [e for e, s in zip(every, stored, strict=True) if keep(s)]
        names = {t.entry_id: t.document for t in self._trail(kept, every, key, viewer, PLAIN)}
        return audit_columns(kept, names)

    def _trail(
        self,
        entries: Sequence[AuditEntry],
        placed_by: Iterable[AuditEntry],
        key: Key,
        viewer: str | None,
        words: TrailWords,
    ) -> list[TrailEntry]:
        """``entries`` (read through ``audit``, oldest first) as the trail lists them,
        newest first; memos placed by the ``memo.add`` entries among ``placed_by``."""
        live = {d.id: d.name for d in self.store.documents.summaries()}
        docs = {d.id: d.name for d in self.store.documents.removed()} | live
        # a case's document and passage: a decision's entry names the case, not where it
        # is, and Enter on it opened the document at its top (eyes43, a lead reading back)
        found_in: list[CommentRow | DecisionRow] = [
            *self.store.comments.list(),
            *self.store.decisions.all(),
        ]
        cases = {c.case_id: c.document_id for c in found_in}
        spans = {c.case_id: (c.start, c.end) for c in found_in if 0 <= c.start < c.end}
        memos = self._memo_places(placed_by, viewer)
        trail = []
        for e in reversed(entries):
            doc_id = e.payload.get("document") or cases.get(str(e.payload.get("case", "")))
            memo_doc, memo_span = memos.get(str(e.payload.get("memo", "")), ("", None))
            doc_id = doc_id or memo_doc or None
            name = docs.get(doc_id) if isinstance(doc_id, str) else None
            name = key.apply(name) if name else ""
            if not name and e.action == "document.import":  # through the key already
                name = str(e.payload.get("name", ""))
            whom = str(e.payload.get("for") or "")
            said, who = entry_said(e.payload, words), words.acted_for(e.actor, whom)
            if memo_span and "start" not in e.payload:  # the passage the memo is on
                said = " · ".join(x for x in (said, f"{memo_span[0]}–{memo_span[1]}") if x)
            plain = (entry_said(e.payload), PLAIN.acted_for(e.actor, whom))
            found = (said, *plain, who, e.actor, e.action, words.action(e.action), name)
            trail.append(
                TrailEntry(
                    at=e.at,
                    actor=e.actor,
                    action=e.action,
                    kind=e.action.partition(".")[0],
                    document=name,
                    said=said,
                    payload=e.payload,
                    for_whom=whom,
                    document_id=doc_id if isinstance(doc_id, str) and doc_id in live else "",
                    span=_span(e.payload) or spans.get(str(e.payload.get("case", ""))) or memo_span,
                    who=who if whom else e.actor,
                    what=words.action(e.action),
                    # found by the words shown and by the stored ones ("accept", "coding.add")
                    words="\n".join(found).casefold(),
                    entry_id=e.id,
                )
            )
        return trail

    def _memo_places(
        self, entries: Iterable[AuditEntry], viewer: str | None
    ) -> dict[str, tuple[str, tuple[int, int] | None]]:
        """Memo id -> the document it is on and its passage (None where it is on the whole
        document): a memo's entry names only the memo, and the trail read "memo on:
        coding" beside an empty document column (eyes43). Read from the memo.add entries
        (a removed memo's too) and the memos kept; a memo on a coding is placed only where
        ``viewer`` may read that coding, never from a colleague's blind work."""
        targets: dict[str, tuple[str, object, object, object]] = {
            m.id: (m.target_kind, m.target_id, m.start, m.end) for m in self.store.memos.list()
        }
        for e in entries:
            if e.action == "memo.add" and isinstance(e.payload.get("target"), str):
                at = e.payload.get("span")
                start, end = at if isinstance(at, list) and len(at) == 2 else (None, None)
                kind = str(e.payload.get("target_kind", ""))
                targets.setdefault(
                    str(e.payload.get("memo")), (kind, e.payload["target"], start, end)
                )
        only = self.reads_only(viewer)
        places: dict[str, tuple[str, tuple[int, int] | None]] = {}
        for memo, (kind, target, start, end) in targets.items():
            if kind == "document":
                span = (start, end) if isinstance(start, int) and isinstance(end, int) else None
                places[memo] = (str(target), span if span and 0 <= span[0] < span[1] else None)
            elif kind == "coding":
                try:
                    coding = self.store.codings.resolve(str(target))
                except QualcodeError:
                    continue  # gone from the file: nothing to place it by
                if only is None or (coding.coder_id == only.id and coding.layer == "coder"):
                    places[memo] = (coding.document_id, (coding.start, coding.end))
        return places

"""The audit trail as a screen reads it: newest first, each entry with the document it is
about and what it says in one line, and the filters a lead narrows it with.

``qualcode audit`` prints the log through ``Project.audit``; the TUI's audit screen reads
it through the same call, so blind coding (a coder reads her own entries only) and the
pseudonym key hold there as on the command line. What is added here is what a screen
needs and the log does not store: the name of the document an entry is about (a comment
or a reopening names only its case, so the case is looked up), and a one-line text with
the ids left out (a lead reading over SSH has no use for a coding's uuid).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from qualcode.project.base import Service

# what a line never shows: ids (the document gets a column of its own) and the bulky
# records a decision keeps for the file (each coder's spans, the consensus written)
_NOT_SAID = frozenset(
    {
        "case",
        "coding",
        "comment",
        "decision",
        "document",
        "memo",
        "coder",
        "sha256",
        "versions",
        "consensus",
        "supersedes",
        "reopens",
        "for",
    }
)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


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
    # what the search box looks in, casefolded once: folding four texts of each of 300k
    # entries per key typed took 0.35 s, in the interface's thread
    words: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.words:
            found = "\n".join((self.said, self.who, self.action, self.document)).casefold()
            object.__setattr__(self, "words", found)

    @property
    def who(self) -> str:
        """Who did it as the list names it: "lena for omar" when a lead acted for a coder
        (the log names the person at the keyboard, and her colleague's name stood in
        the details among the code's fields)."""
        return f"{self.actor} for {self.for_whom}" if self.for_whom else self.actor


def entry_said(payload: Mapping[str, object]) -> str:
    """What an entry records, in one line without ids: a decision by its codes, verdict,
    who took part and the rationale; a comment or reopening by what was said (and for whom);
    a coding by its code and characters; anything else by its fields as ``name: value``."""
    if "verdict" in payload and "rationale" in payload:
        who = payload.get("participants") or []
        with_ = f" with {', '.join(map(str, who))}" if isinstance(who, list) and who else ""
        codes = payload.get("codes")  # which codes the case was about, as the cases name it
        of = f"{', '.join(map(str, codes))}: " if isinstance(codes, list) and codes else ""
        return f"{of}{payload['verdict']}{with_}: {payload['rationale']}"
    for said in ("text", "reason"):
        if "case" in payload and isinstance(payload.get(said), str):
            speaker = f"{payload['for']}: " if isinstance(payload.get("for"), str) else ""
            return f"{speaker}{payload[said]}"
    code = payload.get("code")
    parts = [code] if isinstance(code, str) and not _UUID.match(code) else []
    start, end = payload.get("start"), payload.get("end")
    if isinstance(start, int) and isinstance(end, int):  # a passage: where, as the CLI gives it
        parts.append(f"{start}–{end}")
    for name, value in payload.items():
        if name in _NOT_SAID or name in ("code", "start", "end") or not _value(value):
            continue
        parts.append(f"{name}: {_value(value)}")
    return " · ".join(parts)


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "" if _UUID.match(value) else value  # an id: nothing a reader can use
    if isinstance(value, list | tuple):
        return ", ".join(x for x in map(_value, value) if x)
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {_value(v)}" for k, v in value.items())
    return str(value)


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
    def audit_trail(self, viewer: str, *, real_names: bool = False) -> list[TrailEntry]:
        """The log as ``viewer`` may read it, newest first (``Project.audit``: blind, a
        coder's own entries; names on the pseudonym key unless a lead asks for
        ``real_names``), each entry with its document's name and a line of what it says."""
        entries = self.audit(real_names=real_names, viewer=viewer)
        key = self.pseudonym_key(real_names, viewer)
        live = {d.id: d.name for d in self.store.documents.summaries()}
        docs = {d.id: d.name for d in self.store.documents.removed()} | live
        cases = {c.case_id: c.document_id for c in self.store.comments.list()}
        cases |= {d.case_id: d.document_id for d in self.store.decisions.all()}
        trail = []
        for e in reversed(entries):
            doc_id = e.payload.get("document") or cases.get(str(e.payload.get("case", "")))
            name = docs.get(doc_id) if isinstance(doc_id, str) else None
            name = key.apply(name) if name else ""
            if not name and e.action == "document.import":  # through the key already
                name = str(e.payload.get("name", ""))
            trail.append(
                TrailEntry(
                    at=e.at,
                    actor=e.actor,
                    action=e.action,
                    kind=e.action.partition(".")[0],
                    document=name,
                    said=entry_said(e.payload),
                    payload=e.payload,
                    for_whom=str(e.payload.get("for") or ""),
                    document_id=doc_id if isinstance(doc_id, str) and doc_id in live else "",
                    span=_span(e.payload),
                )
            )
        return trail

"""Disagreement cases from the coders' segments, one case per passage.

Segments of all coders in a document that overlap (whatever their code) form a passage;
that passage is ONE case, holding every coder's version of it: for each coder, the spans
they gave each code there (an empty version where they coded nothing). A disagreement
about which code applies is therefore one case with every reading side by side, not one
case per code. Where every coder's version is the same the case is an agreement;
otherwise its kind says how they differ:

- ``code``: coders who coded the passage gave it different codes;
- ``presence``: they gave the same codes, but some coders coded nothing there;
- ``boundary``: everyone gave the same codes, with different boundaries.

A case's ``id`` hashes its document and extent only, so it stays the same across runs
(comments and decisions attach to it) while the coders edit inside the passage; its
``digest`` hashes the content, so a decision taken on other versions shows as stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from qualcode.model import Coding

Span = tuple[int, int]
VersionKey = tuple[tuple[str, tuple[Span, ...]], ...]
Kind = Literal["agreement", "presence", "code", "boundary"]
KINDS: tuple[Kind, ...] = ("agreement", "presence", "code", "boundary")


@dataclass(frozen=True, slots=True)
class Version:
    """One coder's reading of a passage: their merged spans per code (no code: nothing)."""

    spans: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(sorted(code for code, spans in self.spans.items() if spans))

    @property
    def empty(self) -> bool:
        return not self.codes

    def all_spans(self) -> tuple[Span, ...]:
        """Every span of every code, merged: what the coder marked, whatever the code."""
        return merge_spans([s for spans in self.spans.values() for s in spans])

    def key(self) -> VersionKey:
        return tuple((code, self.spans[code]) for code in self.codes)


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    document_id: str
    start: int
    end: int
    codes: tuple[str, ...]
    kind: Kind
    versions: Mapping[str, Version] = field(default_factory=dict)
    digest: str = ""

    @property
    def coders_with_codes(self) -> tuple[str, ...]:
        return tuple(c for c, v in self.versions.items() if not v.empty)

    @property
    def label(self) -> str:
        """The case's codes for a one-line list."""
        return " / ".join(self.codes)

    @property
    def shown_id(self) -> str:
        """The case's id as every face and refusal prints it (``shown_case``)."""
        return shown_case(self.id)


# characters of a case's id printed: `reconcile list` and the TUI showed 8 where refusals
# printed all 10 ("case dd76726a76 ..."), so a lead looked for an id the list never had
CASE_SHOWN = 8


def shown_case(case_id: str) -> str:
    """A case's id as it is printed, for the one length everywhere (a prefix ``decide``
    and ``comment`` accept)."""
    return case_id[:CASE_SHOWN]


# A verdict yields consensus codings: (code, start, end) each.
Consensus = tuple[tuple[str, int, int], ...]


def case_id(document_id: str, start: int, end: int) -> str:
    """The passage's id: stable while its extent stays, whatever the coders do inside."""
    return hashlib.sha1(f"{document_id}:{start}:{end}".encode()).hexdigest()[:10]


def merge_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def join_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping ones joined, touching ones kept apart: unlike
    ``merge_spans``, two sentences side by side stay two passages when every hit's
    sentence is coded, and two overlapping hits in one sentence code it once; counted
    words, each joined span read once, are counted once where coders' passages overlap."""
    out: list[Span] = []
    for start, end in sorted(set(spans)):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def intersect_spans(a: Sequence[Span], b: Sequence[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for s1, e1 in a:
        for s2, e2 in b:
            s, e = max(s1, s2), min(e1, e2)
            if e > s:
                out.append((s, e))
    return merge_spans(out)


def find_cases(
    codings: Sequence[Coding],
    coders: Sequence[str],
    absent: Mapping[str, Iterable[str]] | None = None,
) -> list[Case]:
    """Every case (agreements included) among ``coders``' codings, in document order:
    the documents come as their codings first come (the store lists codings in the
    documents' own order, by name), never sorted by their ids, which are random uuids
    and put another document first in every project.

    ``absent``: per coder, the documents she does not count on (never started, or for
    the default team not finished); her version, codings too, is no part of their
    cases. Four coders on a passage three coded alike, the fourth never having opened
    the document, was a "presence" disagreement to decide, not an agreement to confirm
    (lead32)."""
    away = {name: set(docs) for name, docs in (absent or {}).items()}
    by_doc: dict[str, list[Coding]] = {}
    for coding in codings:  # an absent coder's codings there (begun, not finished) join none
        here = coding.document_id not in away.get(coding.coder, ())
        if coding.coder in coders and coding.layer == "coder" and here:
            by_doc.setdefault(coding.document_id, []).append(coding)
    cases: list[Case] = []
    for doc_id in by_doc:
        present = [c for c in coders if doc_id not in away.get(c, ())]
        for cluster in _clusters(by_doc[doc_id]):
            cases.append(_case(doc_id, cluster, present))
    return cases


def _clusters(codings: list[Coding]) -> list[list[Coding]]:
    clusters: list[list[Coding]] = []
    end = -1
    for coding in sorted(codings, key=lambda c: (c.start, c.end)):
        if clusters and coding.start < end:
            clusters[-1].append(coding)
            end = max(end, coding.end)
        else:
            clusters.append([coding])
            end = coding.end
    return clusters


def _case(doc_id: str, cluster: list[Coding], coders: Sequence[str]) -> Case:
    start = min(c.start for c in cluster)
    end = max(c.end for c in cluster)
    codes = tuple(sorted({c.code for c in cluster}))
    versions = {}
    for coder in coders:
        mine = [c for c in cluster if c.coder == coder]
        versions[coder] = Version(
            {
                code: merge_spans([(c.start, c.end) for c in mine if c.code == code])
                for code in sorted({c.code for c in mine})
            }
        )
    digest = case_digest(doc_id, start, end, ((k, v.key()) for k, v in versions.items()))
    return Case(
        case_id(doc_id, start, end), doc_id, start, end, codes, _kind(versions), versions, digest
    )


def case_digest(
    doc_id: str, start: int, end: int, versions: Iterable[tuple[str, VersionKey]]
) -> str:
    """The hash of a case's content: its extent and each coder's version (by name, as
    ``Version.key`` gives it, every present coder's, an empty one too). A decision keeps
    it, and reads as stale once a coder's version is another. The open counts
    (``project/case_counts.py``) hash passages counted from columns with it, so the one
    formula serves both."""
    content = repr((doc_id, start, end, sorted(versions)))
    return hashlib.sha1(content.encode()).hexdigest()[:10]


def _kind(versions: Mapping[str, Version]) -> Kind:
    if len({v.key() for v in versions.values()}) == 1:
        return "agreement"
    coded = [v for v in versions.values() if not v.empty]
    if len({v.codes for v in coded}) > 1:
        return "code"
    if len(coded) < len(versions):
        return "presence"
    return "boundary"


class VerdictError(ValueError):
    """A verdict that gives its case nothing to record, with the refusal's ``key`` and
    ``values`` for the faces' words (``QualcodeError.key``: the project raises it again
    so, and the Swedish interface says it in Swedish)."""

    def __init__(self, message: str, *, key: str, **values: object) -> None:
        super().__init__(message)
        self.key, self.values = key, values


def resolve_verdict(case: Case, verdict: str) -> Consensus:
    """The consensus codings a verdict gives, as (code, start, end).

    ``accept:CODER`` takes that coder's version whole; ``union`` every span any coder gave
    each code; ``intersection`` per code what every coder of the case marked; ``reject``
    nothing; ``agree`` the shared version of an agreement; ``span:S-E`` (``span:S-E:CODE``
    where the case has several codes) a span the lead marks. Raises ``VerdictError``.
    """
    present = {code: [v.spans.get(code, ()) for v in case.versions.values()] for code in case.codes}
    if verdict == "reject":
        return ()
    if verdict == "union":
        return _flat(
            {code: merge_spans([s for sp in lists for s in sp]) for code, lists in present.items()}
        )
    if verdict in ("agree", "intersection"):
        if verdict == "agree" and case.kind != "agreement":
            raise VerdictError(
                f"case {case.shown_id} is a disagreement ({case.kind}); choose a verdict",
                key="verdict_agree_disagreement",
            )
        shared: dict[str, tuple[Span, ...]] = {}
        for code, lists in present.items():
            result = lists[0]
            for spans in lists[1:]:
                result = intersect_spans(result, spans)
            shared[code] = result
        out = _flat(shared)
        if not out:
            raise VerdictError(
                f"the coders' versions in case {case.shown_id} share no span of any code; "
                "choose a coder's version, union or span:S-E",
                key="verdict_no_shared_span",
            )
        return out
    if verdict.startswith("accept:"):
        coder = verdict.split(":", 1)[1]
        if coder not in case.versions:
            raise VerdictError(
                f"coder {coder!r} is not part of case {case.shown_id} ({', '.join(case.versions)})",
                key="verdict_coder_not_in_case",
                coder=coder,
                coders=", ".join(case.versions),
            )
        return _flat(dict(case.versions[coder].spans))
    if verdict.startswith("span:"):
        return _marked(case, verdict)
    raise VerdictError(
        f"unknown verdict {verdict!r}; use accept:CODER, union, intersection, reject or span:S-E",
        key="verdict_unknown",
        verdict=verdict,
    )


def _marked(case: Case, verdict: str) -> Consensus:
    parts = verdict.split(":")
    try:
        if len(parts) > 3:  # 'span:1-9:integration:mission' kept integration, said nothing
            raise ValueError
        s, e = (_offset(x) for x in parts[1].split("-"))
    except ValueError:
        raise VerdictError(
            f"write the span as span:START-END or span:START-END:CODE, not {verdict!r}",
            key="verdict_span_form",
            span=verdict.removeprefix("span:"),
        ) from None
    if e <= s:
        raise VerdictError(
            f"span {s}-{e} is empty; START must be below END", key="span_empty", start=s, end=e
        )
    if len(parts) > 2 and parts[2]:
        code = parts[2]
    elif len(case.codes) == 1:
        code = case.codes[0]
    else:
        raise VerdictError(
            f"case {case.shown_id} has codes {', '.join(case.codes)}; write span:S-E:CODE",
            key="verdict_span_code",
            codes=", ".join(case.codes),
        )
    return ((code, s, e),)


def _offset(typed: str) -> int:
    """An offset as typed in a span verdict: ASCII digits (spaces around them aside), as
    every listing prints them; ``int`` also took '١٠٠' and '1_000'."""
    typed = typed.strip()
    if not (typed.isascii() and typed.isdigit()):
        raise ValueError(typed)
    return int(typed)


def _flat(spans: Mapping[str, Sequence[Span]]) -> Consensus:
    return tuple((code, s, e) for code in sorted(spans) for s, e in spans[code])


def changed_since(read: Case, codings: Sequence[Coding], seen: str | None = None) -> str | None:
    """Why a decision on ``read`` (the case as the lead read it) must not be written now
    that its document's coders' codings are ``codings``: the passage moved, or a coder's
    version is no longer the one read (or, with ``seen``, the one the lead was shown). A
    verdict such as accept:karin names a version, so a coder still coding must not change
    what it writes after the lead read it. None: the case stands as read."""
    coders = list(read.versions)  # those present in the document as the lead read it
    now = next((c for c in find_cases(codings, coders) if c.id == read.id), None)
    if now is None:
        return f"case {read.shown_id}: a coder changed the passage meanwhile; list the cases again"
    if now.digest == read.digest and seen in (None, read.digest):
        return None
    versions = ", ".join(
        f"{coder}: {'+'.join(v.codes) or 'nothing'}" for coder, v in now.versions.items()
    )
    return (
        f"case {read.shown_id} changed since you read it (now {versions}); read it again and decide"
    )

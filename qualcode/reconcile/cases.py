"""Disagreement cases from the coders' segments, and what a verdict makes of them.

Segments of all coders in a document that overlap (whatever their code) form a cluster; a
cluster and one of its codes is a *case*. Where every coder gave that code the same spans
the case is an agreement; otherwise its kind says how they differ:

- ``presence``: some coders coded the passage with the code, the others coded nothing there;
- ``code``: the others coded the passage, but with another code;
- ``boundary``: everyone gave the code, with different boundaries.

Case ids hash the case's content, so they are stable across listings and change when any
coder's segments in it change (a decision then applies to what the lead actually saw).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from qualcode.model import Coding

Span = tuple[int, int]
Kind = Literal["agreement", "presence", "code", "boundary"]


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    document_id: str
    start: int
    end: int
    code: str
    kind: Kind
    versions: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    other_codes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def coders_with_code(self) -> tuple[str, ...]:
        return tuple(c for c, spans in self.versions.items() if spans)


def merge_spans(spans: Sequence[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def intersect_spans(a: Sequence[Span], b: Sequence[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for s1, e1 in a:
        for s2, e2 in b:
            s, e = max(s1, s2), min(e1, e2)
            if e > s:
                out.append((s, e))
    return merge_spans(out)


def find_cases(codings: Sequence[Coding], coders: Sequence[str]) -> list[Case]:
    """Every case (agreements included) among ``coders``' codings, in document order."""
    by_doc: dict[str, list[Coding]] = {}
    for coding in codings:
        if coding.coder in coders and coding.layer == "coder":
            by_doc.setdefault(coding.document_id, []).append(coding)
    cases: list[Case] = []
    for doc_id in sorted(by_doc):
        for cluster in _clusters(by_doc[doc_id]):
            cases.extend(_cases_in(doc_id, cluster, coders))
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


def _cases_in(doc_id: str, cluster: list[Coding], coders: Sequence[str]) -> list[Case]:
    start = min(c.start for c in cluster)
    end = max(c.end for c in cluster)
    codes = sorted({c.code for c in cluster})
    result = []
    for code in codes:
        versions = {
            coder: merge_spans(
                [(c.start, c.end) for c in cluster if c.coder == coder and c.code == code]
            )
            for coder in coders
        }
        others = {
            coder: tuple(sorted({c.code for c in cluster if c.coder == coder and c.code != code}))
            for coder in coders
        }
        kind = _kind(versions, others)
        digest = hashlib.sha1(
            repr((doc_id, start, end, code, sorted(versions.items()))).encode()
        ).hexdigest()[:10]
        result.append(Case(digest, doc_id, start, end, code, kind, versions, others))
    return result


def _kind(versions: Mapping[str, tuple[Span, ...]], others: Mapping[str, tuple[str, ...]]) -> Kind:
    span_sets = set(versions.values())
    if len(span_sets) == 1:
        return "agreement"
    lacking = [coder for coder, spans in versions.items() if not spans]
    if not lacking:
        return "boundary"
    if any(others[coder] for coder in lacking):
        return "code"
    return "presence"


def resolve_verdict(case: Case, verdict: str) -> tuple[Span, ...]:
    """The consensus spans a verdict gives: ``accept:CODER``, ``union``, ``intersection``,
    ``reject``, ``agree`` or ``span:S-E``. Raises ``ValueError`` with the reason."""
    present = [spans for spans in case.versions.values() if spans]
    if verdict == "reject":
        return ()
    if verdict == "union":
        return merge_spans([s for spans in present for s in spans])
    if verdict in ("agree", "intersection"):
        if verdict == "agree" and case.kind != "agreement":
            raise ValueError(f"case {case.id} is a disagreement ({case.kind}); choose a verdict")
        result = present[0] if present else ()
        for spans in present[1:]:
            result = intersect_spans(result, spans)
        if not result:
            raise ValueError(f"the coders' spans in case {case.id} do not overlap")
        return result
    if verdict.startswith("accept:"):
        coder = verdict.split(":", 1)[1]
        if coder not in case.versions:
            raise ValueError(f"coder {coder!r} is not part of case {case.id}")
        return case.versions[coder]
    if verdict.startswith("span:"):
        try:
            s, e = (int(x) for x in verdict.split(":", 1)[1].split("-"))
        except ValueError:
            raise ValueError(f"write the span as span:START-END, not {verdict!r}") from None
        return ((s, e),)
    raise ValueError(
        f"unknown verdict {verdict!r}; use accept:CODER, union, intersection, reject or span:S-E"
    )

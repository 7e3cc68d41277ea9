"""Coding queries: the text coded with every one of some codes, and with none of others.

NVivo's coding query (AND, NOT), MAXQDA's complex coding query (intersection, "if
outside") and ATLAS.ti's query tool answer what a co-occurrence count only counts: which
passages did a coder code both "systems perspective" and "long-term economics", and which
mission-dialogue passages say nothing of economics. A passage is the text every code of
``with_all`` covers (their intersection, within one coder's work, or within the consensus),
left out where any code of ``without`` overlaps it. Codings come through ``retrieve``, so
blind coding holds: a coder queries her own codings, a lead anyone's or the consensus.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from qualcode.errors import ValidationError
from qualcode.project.base import Service
from qualcode.reconcile.cases import intersect_spans, merge_spans


@dataclass(frozen=True, slots=True)
class QueryPassage:
    """Text coded with every code asked for, by one coder (or the consensus)."""

    document_id: str
    document: str
    start: int
    end: int
    text: str
    coder: str
    layer: str
    speaker: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)


Span = tuple[int, int]


class CodingQueryMixin(Service):
    def query_codings(
        self,
        with_all: Sequence[str],
        viewer: str | None = None,
        *,
        without: Sequence[str] = (),
        coder: str | Collection[str] | None = None,
        layer: str | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
        doc_set: str | None = None,
    ) -> list[QueryPassage]:
        """The passages coded with every code of ``with_all`` (one code: its passages) that
        no code of ``without`` overlaps, per coder and layer, in document and reading
        order. ``coder``, ``layer`` and ``attributes`` narrow as in ``retrieve``, and
        ``doc_set`` to the documents of that document set."""
        wanted = list(dict.fromkeys(with_all))
        excluded = list(dict.fromkeys(without))
        if not wanted:
            raise ValidationError(
                "coding query: name at least one code the text must have", key="query_no_code"
            )
        if both := set(wanted) & set(excluded):
            raise ValidationError(
                f"coding query: {', '.join(sorted(both))} is both wanted and excluded",
                key="query_both",
                codes=", ".join(sorted(both)),
            )
        in_set = self.set_members(doc_set)
        spans: dict[tuple[str, str, str, str], list[Span]] = {}
        speakers: dict[str, list[tuple[int, int, str | None]]] = {}
        docs: dict[str, tuple[str, Mapping[str, str]]] = {}
        for key in wanted + excluded:
            for p in self.retrieve(key, viewer, coder=coder, layer=layer, attributes=attributes):
                c = p.coding
                if in_set is not None and c.document_id not in in_set:
                    continue
                spans.setdefault((c.document_id, c.coder, c.layer, key), []).append(
                    (c.start, c.end)
                )
                docs[c.document_id] = (p.document, p.attributes)
        found: list[QueryPassage] = []
        groups = sorted(
            {(d, who, lay) for d, who, lay, _ in spans}, key=lambda g: (docs[g[0]][0], g[1], g[2])
        )
        texts = self.document_texts({g[0] for g in groups})
        for doc_id, who, lay in groups:
            common = merge_spans(spans.get((doc_id, who, lay, wanted[0]), []))
            for key in wanted[1:]:
                common = intersect_spans(
                    common, merge_spans(spans.get((doc_id, who, lay, key), []))
                )
            if not common:
                continue
            blocked = merge_spans(
                [s for k in excluded for s in spans.get((doc_id, who, lay, k), [])]
            )
            kept = [s for s in common if not any(a < s[1] and s[0] < b for a, b in blocked)]
            if not kept:
                continue
            if doc_id not in speakers:
                speakers[doc_id] = [(t.start, t.end, t.speaker) for t in self.turns(doc_id)]
            name, attrs = docs[doc_id]
            for start, end in kept:
                said = next((s for a, b, s in speakers[doc_id] if a <= start < b), None)
                found.append(
                    QueryPassage(
                        doc_id, name, start, end, texts[doc_id][start:end], who, lay, said, attrs
                    )
                )
        return found

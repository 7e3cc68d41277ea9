"""What the suggestion engine learns from: the project's codings and decisions as examples.

Read by ``SuggestMixin._training`` (and so by every fit ``engine.py`` makes). Kept apart
from the suggesting itself because it answers one question, which passages say what about
which code, and the weights below are the whole of its policy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qualcode.model import Coding, Document
    from qualcode.nlp.suggest import Example
    from qualcode.store import Store

# A team's own passages speak for its material better than the codebook's examples do,
# so each weighs as three examples (the consensus, agreed by the team, twice that).
CODER_WEIGHT = 3.0
CONSENSUS_WEIGHT = 6.0
WEAK_NEGATIVE_WEIGHT = 0.3


def examples(store: Store, exclude_docs: frozenset[str], only_coder: str | None) -> list[Example]:
    """Units coded by anyone (consensus weighted higher), rejected suggestions (negatives
    for their code) and the uncoded units of documents a coder marked done (weak
    negatives). A document in progress says nothing yet about the passages its coder has
    not reached: coding one passage marks it in progress, and its every other unit must
    not count against the codes."""
    codings = [
        c
        for c in store.codings.list()
        if c.document_id not in exclude_docs
        and (only_coder is None or (c.layer == "coder" and c.coder == only_coder))
    ]
    worked = store.suggestions.finished_documents()
    if only_coder is not None:
        worked = {only_coder: worked.get(only_coder, set())}
    by_doc: dict[str, list[Coding]] = {}
    for c in codings:
        by_doc.setdefault(c.document_id, []).append(c)
    for docs in worked.values():
        for doc_id in docs - exclude_docs:
            by_doc.setdefault(doc_id, [])
    found: list[Example] = []
    for doc_id, doc_codings in by_doc.items():
        found += _document_examples(store, doc_id, doc_codings, worked)
    found += _rejections(store, exclude_docs, only_coder)
    return found


def _document_examples(
    store: Store, doc_id: str, doc_codings: list[Coding], worked: dict[str, set[str]]
) -> list[Example]:
    """One document's examples, from each coder's view of it and the consensus's."""
    from qualcode.agreement.units import coverage_matrix
    from qualcode.nlp.suggest import Example

    doc = store.documents.get(doc_id)
    units = store.documents.units(doc_id)
    # each coder's view and the consensus: "who" -> code -> spans
    views: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for c in doc_codings:
        who = "consensus" if c.layer == "consensus" else c.coder
        views.setdefault(who, {}).setdefault(c.code, []).append((c.start, c.end))
    for name, docs in worked.items():
        if doc_id in docs:
            views.setdefault(name, {})
    found: list[Example] = []
    for who, spans in views.items():
        keys = sorted(spans)
        cover = coverage_matrix(doc.text, units, spans, keys) if keys else None
        weight = CONSENSUS_WEIGHT if who == "consensus" else CODER_WEIGHT
        negatives = who in worked and doc_id in worked[who]
        for i, unit in enumerate(units):
            got = frozenset(k for m, k in enumerate(keys) if cover is not None and cover[i, m])
            if got or negatives:
                text = doc.text[unit.start : unit.end]
                found.append(
                    Example(text, doc.lang, got, weight=weight if got else WEAK_NEGATIVE_WEIGHT)
                )
    return found


def _rejections(
    store: Store, exclude_docs: frozenset[str], only_coder: str | None
) -> list[Example]:
    """Each rejected suggestion as a negative example for its code."""
    from qualcode.nlp.suggest import Example

    texts: dict[str, Document] = {}
    out = []
    for s in store.suggestions.list(status="rejected"):
        if s.document_id in exclude_docs or (only_coder and s.decided_by != only_coder):
            continue
        if s.document_id not in texts:
            texts[s.document_id] = store.documents.get(s.document_id)
        doc = texts[s.document_id]
        out.append(Example(doc.text[s.start : s.end], doc.lang, frozenset(), frozenset({s.code})))
    return out

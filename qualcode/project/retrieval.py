"""Retrieval: every passage coded with a code, across documents, with context and source.

What researchers use NVivo's node view and MAXQDA's retrieved segments for every day:
read all of a code's passages side by side. The blind-coding rule holds here as in every
read: a coder retrieves only their own codings; a lead sees every coder's and the
consensus, and may narrow to one coder or layer.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from qualcode.errors import ValidationError
from qualcode.model import Coding, DocumentSummary
from qualcode.project.base import Service


@dataclass(frozen=True, slots=True)
class Passage:
    """A coded passage as read in a retrieval: the coding, its words, the sentences around
    it (in the same turn) and where it comes from."""

    coding: Coding
    document: str
    lang: str
    text: str
    before: str
    after: str
    speaker: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Filters:
    """What a retrieval is narrowed to: coders (any of), a layer, and attribute values
    (every attribute named must match one of its values)."""

    coders: tuple[str, ...] = ()
    layer: str | None = None
    attributes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def text(self) -> str:
        """The filter as typed: ``municipality=Åby municipality=Ekstad role=politiker``."""
        words = [f"coder={c}" for c in self.coders]
        words += [f"layer={self.layer}"] if self.layer else []
        words += [f"{k}={v}" for k, values in self.attributes.items() for v in values]
        return " ".join(words)


def parse_filters(text: str) -> Filters:
    """``key=value`` words into filters: ``coder=`` and ``layer=`` name those, any other key
    an attribute; a key given twice takes either value (``municipality=Åby
    municipality=Ekstad``), different keys must all match. Values with spaces use ``_``
    for the space only when no document has the value with the underscore."""
    coders: list[str] = []
    layer: str | None = None
    attributes: dict[str, list[str]] = {}
    for word in text.split():
        key, eq, value = word.partition("=")
        if not eq or not key or not value:
            raise ValidationError(
                f"filter {word!r}: write key=value, e.g. municipality=Åby",
                key="filter_pair",
                word=word,
            )
        if key == "coder":
            coders.append(value)
        elif key == "layer":
            if layer is not None and layer != value:
                raise ValidationError(
                    "filter: one layer at a time (coder or consensus)", key="filter_one_layer"
                )
            layer = value
        else:
            attributes.setdefault(key, []).append(value)
    return Filters(
        tuple(dict.fromkeys(coders)),
        layer,
        {k: tuple(dict.fromkeys(v)) for k, v in attributes.items()},
    )


NAMED = 10  # values (or attributes) a refused filter names


def _first(names: Collection[str]) -> str:
    """The first few of ``names`` in order, without the English count of the rest: what
    the interface's words name in its own language ("known ones include ...")."""
    return ", ".join(sorted(names)[:NAMED])


def _some(names: Collection[str]) -> str:
    """The first few of ``names`` in order, and how many more: a mistyped date among
    5,000 interviews answered with every date on one line, a transcript's worth (an
    attribute's value may be 500 characters; red team 17)."""
    named = sorted(names)
    said = ", ".join(named[:NAMED])
    return said + (f" and {len(named) - NAMED} more" if len(named) > NAMED else "")


def attribute_filter(
    docs: Sequence[DocumentSummary], attributes: Mapping[str, str | Collection[str]] | None
) -> Callable[[DocumentSummary], bool]:
    """Whether a document matches ``attributes``: every key must match, each to one of its
    values. An attribute no document has, or a value no document has for it, is an error
    (a typo would otherwise read as "nobody said it")."""
    # composed (NFC) on both sides: 'Åby' typed decomposed (macOS file names, a pasted
    # value) was "no document has municipality=Åby; known: ..., Åby"
    wanted = {
        _nfc(k): {_nfc(v)} if isinstance(v, str) else {_nfc(x) for x in v}
        for k, v in (attributes or {}).items()
    }
    known: dict[str, set[str]] = {}
    for d in docs:
        for k, v in d.attributes.items():
            known.setdefault(_nfc(k), set()).add(_nfc(v))
    for key, values in wanted.items():
        if key not in known:
            raise ValidationError(
                f"unknown attribute {key!r}; known: {_some(known)}",
                key="filter_attribute_unknown",
                name=key,
                known=_first(known),
            )
        for value in sorted(values - known[key]):
            raise ValidationError(
                f"no document has {key}={value}; known: {_some(known[key])}",
                key="filter_value_unknown",
                name=key,
                value=value,
                known=_first(known[key]),
            )

    def matches(doc: DocumentSummary) -> bool:
        has = {_nfc(k): _nfc(v) for k, v in doc.attributes.items()} if wanted else {}
        return all(has.get(k) in v for k, v in wanted.items())

    return matches


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class RetrievalMixin(Service):
    def retrieve(
        self,
        code: str,
        viewer: str | None = None,
        *,
        coder: str | Collection[str] | None = None,
        layer: str | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
        children: bool = False,
        doc_set: str | None = None,
    ) -> list[Passage]:
        """The passages of ``code`` that ``viewer`` (without one: whoever acts) may see, in
        document and reading order.

        ``coder`` (a name, or several: any of them), ``layer`` and ``attributes`` narrow
        the list. Attributes combine: every key must match, each to one of its values
        (``{"municipality": ["Åby", "Ekstad"], "role": "politiker"}``). ``children`` adds
        the passages of the code's sub-codes; ``doc_set`` keeps the passages of that
        document set's documents. An attribute no document has, or a value no document has
        for it, is an error, not an empty list.
        """
        if layer not in (None, "coder", "consensus"):
            raise ValidationError(f"unknown layer {layer!r}; use coder or consensus")
        named = [coder] if isinstance(coder, str) else list(dict.fromkeys(coder or ()))
        coders: list[str | None] = list(named) or [None]
        codes = {c.key: c for c in self.codebook()}
        if code not in codes:
            raise ValidationError(f"unknown code {code!r}")
        keys = [code]
        if children:
            ids, grew = {codes[code].id}, True
            while grew:  # a code moved under a newer one comes before its parent
                grew = False
                for sub in codes.values():
                    if sub.parent_id in ids and sub.id not in ids:
                        ids.add(sub.id)
                        keys.append(sub.key)
                        grew = True
        in_set = self.set_members(doc_set)  # an unknown set: one line
        docs = {d.id: d for d in self.documents()}
        keep = attribute_filter(list(docs.values()), attributes)
        found: list[Coding] = []
        for key in keys:
            for name in coders:
                found += self.codings(code=key, coder=name, layer=layer, viewer=viewer)
        found = [
            c
            for c in found
            if keep(docs[c.document_id]) and (in_set is None or c.document_id in in_set)
        ]
        found.sort(key=lambda c: (docs[c.document_id].name, c.start, c.end, c.coder))
        texts = self.document_texts({c.document_id for c in found})
        passages: list[Passage] = []
        context: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int, str | None]]]] = {}
        for c in found:
            if c.document_id not in context:
                units = [(u.start, u.end) for u in self.units(c.document_id)]
                turns = [(t.start, t.end, t.speaker) for t in self.turns(c.document_id)]
                context[c.document_id] = (units, turns)
            units, turns = context[c.document_id]
            text = texts[c.document_id]
            turn = _around(turns, c.start)
            lo, hi = (turn[0], turn[1]) if turn else (0, len(text))
            before = _unit_before(units, c.start, lo)
            after = _unit_after(units, c.end, hi)
            doc = docs[c.document_id]
            passages.append(
                Passage(
                    coding=c,
                    document=doc.name,
                    lang=doc.lang,
                    text=text[c.start : c.end],
                    before=text[before[0] : before[1]] if before else "",
                    after=text[after[0] : after[1]] if after else "",
                    speaker=turn[2] if turn else None,
                    attributes=doc.attributes,
                )
            )
        return passages


def _around(
    turns: list[tuple[int, int, str | None]], offset: int
) -> tuple[int, int, str | None] | None:
    i = bisect.bisect_right([t[0] for t in turns], offset) - 1
    return turns[i] if 0 <= i < len(turns) and offset < turns[i][1] else None


def _unit_before(units: list[tuple[int, int]], start: int, lo: int) -> tuple[int, int] | None:
    """The sentence ending at or before ``start`` within the turn (from ``lo``)."""
    i = bisect.bisect_right([u[1] for u in units], start) - 1
    return units[i] if i >= 0 and units[i][0] >= lo else None


def _unit_after(units: list[tuple[int, int]], end: int, hi: int) -> tuple[int, int] | None:
    """The sentence starting at or after ``end`` within the turn (up to ``hi``)."""
    i = bisect.bisect_left([u[0] for u in units], end)
    return units[i] if i < len(units) and units[i][1] <= hi else None

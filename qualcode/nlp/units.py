"""Sentence units within speaker turns: the grain of suggestions and agreement."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from qualcode.model import Turn, Unit
from qualcode.nlp.pipeline import get_segmenter


def segment(text: str, turns: Sequence[Turn], lang: str) -> list[Unit]:
    return next(segment_many([(text, turns, lang)]))


def segment_many(
    items: Iterable[tuple[str, Sequence[Turn], str]], batch_size: int = 256
) -> Iterator[list[Unit]]:
    """Units for each document; every turn's text goes through ``nlp.pipe`` in batches."""
    for text, turns, lang in items:
        nlp = get_segmenter(lang)
        spans = [(t.start, t.end) for t in turns] or [(0, len(text))]
        units: list[Unit] = []
        docs = nlp.pipe((text[s:e] for s, e in spans), batch_size=batch_size)
        for (offset, _end), doc in zip(spans, docs, strict=True):
            for sent in doc.sents:
                raw = sent.text
                lead = len(raw) - len(raw.lstrip())
                body = raw.strip()
                if not body:
                    continue
                start = offset + sent.start_char + lead
                if units and _fragment(body) and units[-1].end >= offset:
                    units[-1] = Unit(units[-1].idx, units[-1].start, start + len(body))
                    continue
                units.append(Unit(len(units), start, start + len(body)))
        yield units


def _fragment(body: str) -> bool:
    """Hesitation marks that should not stand alone as units ("...", "--", "(paus)")."""
    return not any(ch.isalnum() for ch in body)

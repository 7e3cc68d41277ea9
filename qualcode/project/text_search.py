"""Text search across documents, and coding every hit: NVivo's text search query, MAXQDA's
lexical search with autocode, ATLAS.ti's search & code, QualCoder's auto-code.

A coder who learns halfway through that "ärendemängd" matters wants every place it was said,
in every transcript, with the words around it, and then to code those passages at once
instead of reading 35 interviews again. A term matches inside words by default, because
Swedish writes compounds as one word ("kostnad" finds "placeringskostnaderna"); ``*``
stands for any letters, ``?`` for one, and a space for any run of spaces or line breaks.
A word also finds its forms in each document's language ("ärendet" finds "ärenden",
``word_forms``) unless the search asks for the exact letters. How typed terms are read and
made a pattern is ``search_terms.py``.
Only what was said is searched: speaker labels, headings and timestamps outside the
speaker turns are no hits (a document without turns is searched whole).

Coding the hits codes each hit's sentence by default (``spread``), as a researcher codes a
passage and as agreement counts sentences; ``turn`` codes the whole answer, ``hit`` only the
words. The coder's own codings of that code join with the new ones as coding by hand joins
them, a passage coded already is left as it is, and the whole batch is one transaction with
one audit entry naming the search.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from qualcode.errors import ValidationError
from qualcode.model import Coding, DocumentSummary
from qualcode.project.api_arguments import require_filter, require_number, require_texts
from qualcode.project.base import Service
from qualcode.project.coding_add import Coded
from qualcode.project.retrieval import attribute_filter
from qualcode.project.search_terms import split_terms, term_pattern
from qualcode.project.speaker_filter import speakers_read
from qualcode.project.word_forms import FORM_LANGS
from qualcode.reconcile.cases import join_overlaps

SPREADS = ("hit", "sentence", "turn")
# places a search lists or codes ('e' in 1M words: 791,313, 10 GB; 'och': 42,000)
MAX_HITS = 100_000
_BATCH = 64  # documents read at a time: a national study's texts never sit in memory at once


@dataclass(frozen=True, slots=True)
class Hit:
    """One place a search term was found: the words, a window of text either side (keyword
    in context), the span that coding it would code, and where it was said."""

    document_id: str
    document: str
    start: int
    end: int
    text: str
    before: str
    after: str
    span: tuple[int, int]
    speaker: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CodedHits:
    """What coding the hits of a search did: how many hits, the codings written (each with
    the coder's own codings it joined), and how many passages were coded already."""

    hits: int
    coded: tuple[Coded, ...]
    already: int


def _containing(spans: list[tuple[int, int]], starts: list[int], offset: int) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    return i if 0 <= i < len(spans) and offset < spans[i][1] else None


class TextSearchMixin(Service):
    def search_text(
        self,
        terms: str | Sequence[str],
        *,
        docs: Collection[str] | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
        whole_word: bool = False,
        spread: str = "sentence",
        context: int = 40,
        doc_set: str | None = None,
        exact: bool = False,
        participant: str | Sequence[str] | None = None,
        respondents: bool = False,
    ) -> list[Hit]:
        """Every place any of ``terms`` is said, in document and reading order, with
        ``context`` characters either side. ``docs`` (ids, prefixes or names) and
        ``attributes`` (as ``retrieve`` takes them) and ``doc_set`` (a document set's
        name) narrow which documents are searched;
        ``spread`` sets each hit's ``span``: the words, their sentence or their turn.
        A word finds its forms in each document's language (``word_forms``: "ärendet"
        finds "ärenden"); ``exact`` finds only the letters typed. ``respondents``: only
        what the interviewees said (the interviewer's questions echo the theme's words);
        ``participant``: only what these participants said, named as the reports cite
        them (``speaker_filter``: the one rule of ``report quotes`` and ``report words``)."""
        if not isinstance(terms, str):
            require_texts(terms, "search: the terms")
        require_filter(docs, "search: docs")
        require_number(context, "search: context", whole=True)
        if spread not in SPREADS:
            raise ValidationError(f"unknown spread {spread!r}; use {', '.join(SPREADS)}")
        if context < 0 or context > 1000:
            raise ValidationError("search: context is 0 to 1000 characters")
        typed = [terms] if isinstance(terms, str) else list(terms)
        letters = term_pattern(typed, whole_word)  # refuses a bad term before any reading
        patterns: dict[str, re.Pattern[str]] = {}
        chosen = self._searched_documents(docs, attributes, doc_set)
        who = speakers_read(self, _participants(participant), respondents)
        if who is not None:
            chosen = [d for d in chosen if d.id in who]
        hits: list[Hit] = []
        for at in range(0, len(chosen), _BATCH):
            batch = chosen[at : at + _BATCH]
            texts = self.document_texts([d.id for d in batch])
            for doc in batch:
                lang = None if exact or doc.lang not in FORM_LANGS else doc.lang
                if lang is not None and lang not in patterns:  # built once per language
                    patterns[lang] = term_pattern(typed, whole_word, lang)
                pattern = letters if lang is None else patterns[lang]
                left = MAX_HITS - len(hits)
                labels = None if who is None else who[doc.id]
                hits += self._hits_in(doc, texts[doc.id], pattern, spread, context, left, labels)
        return hits

    def code_hits(
        self,
        terms: str | Sequence[str],
        code: str,
        coder: str,
        *,
        docs: Collection[str] | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
        whole_word: bool = False,
        spread: str = "sentence",
        doc_set: str | None = None,
        exact: bool = False,
        participant: str | Sequence[str] | None = None,
        respondents: bool = False,
    ) -> CodedHits:
        """Code the span of every hit of a search with ``code`` as ``coder``, in one
        transaction: overlapping spans are coded once, the coder's own codings of the code
        they overlap join them, and a span inside one of those is left as coded already."""
        self.require_self(coder, "code")
        coded: list[Coded] = []
        already = 0
        # searched under the write lock: a document the lead's other window took out
        # meanwhile is no longer searched; searched before, the whole batch failed on it
        with self.store.transaction():
            self.codable_id(code)  # a theme or an unknown code is refused before the search
            hits = self.search_text(
                terms,
                docs=docs,
                attributes=attributes,
                whole_word=whole_word,
                spread=spread,
                doc_set=doc_set,
                exact=exact,
                participant=participant,
                respondents=respondents,
            )
            for doc_id, found in spans_to_code(hits).items():
                own = self.codings(doc_id, coder, code=code, layer="coder")
                for start, end in found:
                    if any(c.start <= start and end <= c.end for c in own):
                        already += 1
                        continue
                    done = self.code_passage(doc_id, start, end, code, coder, origin="search")
                    coded.append(done)
                    own = _after(own, done)
            self.store.audit.append(
                coder,
                "coding.search",
                {
                    "terms": split_terms(terms),
                    "code": code,
                    "spread": spread,
                    "whole_word": whole_word,
                    "exact": exact,
                    **({"set": doc_set} if doc_set is not None else {}),
                    **({"participant": _participants(participant)} if participant else {}),
                    **({"respondents": True} if respondents else {}),
                    "hits": len(hits),
                    "codings": [c.coding.id for c in coded],
                    "already": already,
                },
            )
        return CodedHits(len(hits), tuple(coded), already)

    def take_back_hits(self, done: CodedHits, coder: str) -> int:
        """Undo ``code_hits`` in one transaction: its codings removed (soft, as every
        removal) and the coder's own codings they had joined brought back as they were.
        Returns how many codings were taken back; one removed meanwhile is left removed."""
        self.require_self(coder, "take back codings")
        taken = 0
        with self.store.transaction():
            for coded in done.coded:
                if self.store.codings.resolve(coded.coding.id).deleted_at is not None:
                    continue
                self.remove_coding(coded.coding.id, coder)
                taken += 1
                for old in coded.absorbed:
                    self.restore_coding(old.id, coder)
        return taken

    def _searched_documents(
        self,
        docs: Collection[str] | None,
        attributes: Mapping[str, str | Collection[str]] | None,
        doc_set: str | None = None,
    ) -> list[DocumentSummary]:
        in_set = self.set_members(doc_set)
        everything = self.documents()
        keep = attribute_filter(everything, attributes)
        chosen = [d for d in everything if keep(d)]
        if docs:
            ids = {self.store.documents.resolve(ref) for ref in docs}
            chosen = [d for d in chosen if d.id in ids]
        if in_set is not None:
            chosen = [d for d in chosen if d.id in in_set]
        return sorted(chosen, key=lambda d: d.name)

    def _hits_in(
        self,
        doc: DocumentSummary,
        text: str,
        pattern: re.Pattern[str],
        spread: str,
        context: int,
        left: int = MAX_HITS,
        labels: Collection[str] | None = None,
    ) -> list[Hit]:
        """The hits in ``text``; refused past ``left`` more places, before any is made.
        ``labels``: only the turns of these speakers (``None``: every turn)."""
        places = (m for m in pattern.finditer(text) if m.end() > m.start())
        found = list(itertools.islice(places, left + 1))
        if len(found) > left:
            raise ValidationError(
                f"search: found in more than {MAX_HITS:,} places; narrow it (a longer word, "
                "whole words only, or fewer documents)",
                key="search_too_many",
                most=f"{MAX_HITS:,}",
            )
        if not found:
            return []
        turns = self.turns(doc.id)
        turn_spans = [(t.start, t.end) for t in turns]
        turn_starts = [t.start for t in turns]
        units = [(u.start, u.end) for u in self.units(doc.id)] if spread == "sentence" else []
        unit_starts = [u[0] for u in units]
        hits: list[Hit] = []
        for m in found:
            start, end = m.start(), m.end()
            t = _containing(turn_spans, turn_starts, start)
            if turns and t is None:
                continue  # a speaker label, a heading, a timestamp: not what was said
            if labels is not None and (t is None or turns[t].speaker not in labels):
                continue  # not said by whom the search is in
            span = (start, end)
            if spread == "turn" and t is not None:
                span = (min(start, turn_spans[t][0]), max(end, turn_spans[t][1]))
            elif spread == "sentence":
                first = _containing(units, unit_starts, start)
                last = _containing(units, unit_starts, end - 1)
                lo = units[first][0] if first is not None else start
                hi = units[last][1] if last is not None else end
                span = (min(start, lo), max(end, hi))
            hits.append(
                Hit(
                    document_id=doc.id,
                    document=doc.name,
                    start=start,
                    end=end,
                    text=text[start:end],
                    before=text[max(0, start - context) : start],
                    after=text[end : end + context],
                    span=span,
                    speaker=turns[t].speaker if t is not None else None,
                    attributes=doc.attributes,
                )
            )
        return hits


def _participants(participant: str | Sequence[str] | None) -> list[str]:
    """The participants asked for, one or several, checked as typed text."""
    if participant is None:
        return []
    if isinstance(participant, str):
        return [participant]
    require_filter(participant, "search: participant")
    return list(participant)


def spans_to_code(hits: Sequence[Hit]) -> dict[str, list[tuple[int, int]]]:
    """The passages coding ``hits`` codes, per document id: each hit's span, overlapping
    ones as one (two hits in one sentence code it once)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for hit in hits:
        spans.setdefault(hit.document_id, []).append(hit.span)
    return {doc: join_overlaps(found) for doc, found in spans.items()}


def _after(own: list[Coding], done: Coded) -> list[Coding]:
    """The coder's own codings of the code once ``done`` was written."""
    gone = {c.id for c in done.absorbed}
    return [c for c in own if c.id not in gone] + [done.coding]

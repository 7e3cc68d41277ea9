"""Sentence units within speaker turns: the grain of suggestions and agreement.

spaCy cuts sentences well in running speech, but a transcript's annotations trip it: after
``historia.`` it starts a new sentence at ``[`` and the next one at ``skratt]``. Units here
are joined back so that an annotation (``[skratt]``, ``(paus)``, ``[ohörbart]``,
``[laughs]``) stays inside one unit, and a unit never begins inside brackets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from qualcode.model import Turn, Unit
from qualcode.nlp.pipeline import get_segmenter
from qualcode.texts import LANGUAGES, texts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

OPENING, CLOSING = "[(", "])"
# how far a bracket may reach: an annotation is a word or two, not a paragraph, so a stray
# "(" (a smiley, a list) never glues the rest of a turn into one unit
REACH = 80
# spaCy refuses a text over ``nlp.max_length`` (1M characters) and its memory grows with the
# text, so a turn longer than this is fed to it in pieces cut at line breaks (else spaces);
# the pieces' offsets are the turn's, so units still point into the stored text
CHUNK_CHARS = 100_000
# a section or list number standing alone ("1.", "3.2", "4)"): spaCy ends a sentence after
# "1." in a heading such as "1. Bakgrund"; the number belongs to what follows it
NUMBER_ONLY = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]?$")
# what ends the line above a list's number: a lead-in ("I kommunstyrelsen:") or a sentence
LIST_LEAD = (":", ".", ";", "!", "?")
# a footnote's number glued to a sentence's full stop, the next sentence after a space: a
# report exported from PDF reads "... social care.1 We also took evidence" and "... in
# 2016.3 Yet demand"; spaCy takes "care.1" for one word and runs the two sentences together.
# After two letters or a closing mark, a year, or a number with thousands separators (a
# decimal such as "6.5" or "3.2" is left alone), before a capital
FOOTNOTE_END = re.compile(
    r"(?:[^\W\d_]{2}|[)\]’”'\"]|\b(?:19|20)\d\d|\b\d{1,3}(?:,\d{3})+)\.\d{1,3}(?=\s+[“‘\"(]?[^\W\d_])"
)
# what every FOOTNOTE_END match holds: a piece without it is searched no further
_DOT_DIGIT = re.compile(r"\.\d")
# words abbreviated before a number that refers to a part of a text, not to a footnote:
# "kap.1 Socialnämnden" (a law's chapter), "bil.2", "ch.3 The", "para.4", "fig.2"
REFERENCE_WORDS = frozenset(
    {"kap", "bil", "avsn", "avs", "mom", "nr", "st", "ch", "chap", "para", "paras", "fig"}
    | {"figs", "no", "nos", "vol", "sec", "sect", "pp", "tab", "tbl", "annex"}
)
ANNOTATION_ONLY = re.compile(r"^(?:\s|[^\w\s])*(?:[\[(][^\[\]()]{1,60}[\])](?:\s|[^\w\s])*)+$")


def segment(text: str, turns: Sequence[Turn], lang: str) -> list[Unit]:
    return next(segment_many([(text, turns, lang)]))


def segment_many(
    items: Iterable[tuple[str, Sequence[Turn], str]], batch_size: int = 256
) -> Iterator[list[Unit]]:
    """Units for each document; every turn's text goes through ``nlp.pipe`` in batches,
    but a turn that can hold one sentence only (``_one_sentence``) is not: a document of
    200,000 one-word paragraphs ('Mm.', 'Ja.') spent most of its import building a spaCy
    document for each, to learn that each is one sentence."""
    for text, turns, lang in items:
        nlp = get_segmenter(lang)
        single = _one_sentence(nlp)
        spans = [
            piece
            for s, e in ([(t.start, t.end) for t in turns] or [(0, len(text))])
            for piece in _chunks(text, s, e)
        ]
        alone = [single(text, s, e) for s, e in spans]
        units: list[Unit] = []
        docs = iter(
            nlp.pipe(
                (text[s:e] for (s, e), one in zip(spans, alone, strict=True) if one is None),
                batch_size=batch_size,
            )
        )
        for (offset, _end), one in zip(spans, alone, strict=True):
            pieces = _sentences(text, offset, next(docs)) if one is None else one
            for start, end in join_pieces(text, pieces):
                units.append(Unit(len(units), start, end))
        yield units


def _sentences(text: str, offset: int, doc: Doc) -> list[tuple[int, int]]:
    """A span's sentences as spaCy cut them, each without the whitespace around it.

    A sentence's text is sliced from ``text`` by its character bounds: spaCy's
    ``Span.text`` joins a token object made for each of its words, which on a document of
    many sentences cost more than the sentencizer itself (the same string, as the doc is
    ``text[offset:...]``)."""
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        raw = text[offset + sent.start_char : offset + sent.end_char]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = offset + sent.start_char + lead
            pieces.append((start, start + len(body)))
    return pieces


def _one_sentence(nlp: Language) -> Callable[[str, int, int], list[tuple[int, int]] | None]:
    """A test of a span that answers what ``_sentences`` would, without spaCy, where the
    sentencizer cannot cut it: no sentence-ending character (``punct_chars``) except in
    the run of them that ends the span's text. The sentencizer starts a sentence only at a
    token that is no punctuation after a token that is one of those characters; before
    that run no token is one, and after it come only punctuation (every one of them is a
    Unicode punctuation mark, as spaCy's ``is_punct`` asks) and whitespace, whose sentence
    is dropped as empty. Answers None (ask spaCy) for any other span."""
    marks = "".join(sorted(nlp.get_pipe("sentencizer").punct_chars))  # type: ignore[attr-defined]
    if not marks or any(unicodedata.category(ch)[0] != "P" for ch in marks):
        return lambda text, start, end: None
    inside = re.compile("[" + re.escape(marks) + "]")

    def single(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
        span = text[start:end]
        body = span.strip()
        if inside.search(body.rstrip(marks)):
            return None
        if not body:
            return []
        first = start + len(span) - len(span.lstrip())
        return [(first, first + len(body))]

    return single


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as spans of at most ``CHUNK_CHARS``, cut after a line break if
    there is one in the second half of the window, else after a space, else anywhere."""
    while end - start > CHUNK_CHARS:
        limit = start + CHUNK_CHARS
        half = start + CHUNK_CHARS // 2
        cut = text.rfind("\n", half, limit)
        if cut < 0:
            cut = text.rfind(" ", half, limit)
        cut = limit if cut < 0 else cut + 1
        yield start, cut
        start = cut
    yield start, end


def join_pieces(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One turn's sentences re-cut so that annotations and hesitations never stand alone.

    A cut that falls inside a bracket (closed within ``REACH`` characters) moves to just
    after the closing bracket, so ``historia. [`` + ``skratt] Så …`` becomes ``historia.
    [skratt]`` + ``Så …``. Then a piece that is only punctuation ("...", "--") or only
    annotations ("[skratt]", "(paus)") joins the sentence before it, or at the start of a
    turn the sentence after it; a piece that is only a section or list number ("1.",
    "3.2") joins the sentence after it, as the heading "1. Bakgrund" is one unit.
    """
    if not pieces:
        return []
    pieces = _places_apart(text, _footnotes_apart(text, _numbers_apart(text, pieces)))
    if len(pieces) == 1:  # nothing to move a cut to or join: the piece, trimmed
        return _trimmed(text, *pieces[0])
    first, last = pieces[0][0], pieces[-1][1]
    cuts: list[int] = []
    for start, _end in pieces[1:]:
        cut = _after_bracket(text, cuts[-1] if cuts else first, start)
        if (not cuts or cut > cuts[-1]) and cut < last:
            cuts.append(cut)
    recut = []
    for a, b in zip([first, *cuts], [*cuts, last], strict=True):
        recut += _trimmed(text, a, b)
    joined: list[tuple[int, int]] = []
    pending: int | None = None  # start of a leading annotation waiting for its sentence
    for start, end in recut:
        if NUMBER_ONLY.match(text[start:end]):  # "1." + "Bakgrund": one heading
            pending = start if pending is None else pending
        elif joined and _fragment(text[start:end]):
            joined[-1] = (joined[-1][0], end)
        elif not joined and pending is None and _fragment(text[start:end]):
            pending = start
        else:
            joined.append((pending if pending is not None else start, end))
            pending = None
    if pending is not None and joined:  # a number ends the turn: it stays with the last
        joined[-1] = (joined[-1][0], recut[-1][1])
    elif pending is not None:  # the turn holds nothing but an annotation or a number
        joined.append((pending, recut[-1][1]))
    return joined


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` without the whitespace around it, or nothing if that is all."""
    body = text[start:end]
    lead = len(body) - len(body.lstrip())
    stripped = body.strip()
    return [(start + lead, start + lead + len(stripped))] if stripped else []


def _numbers_apart(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list's number at the foot of a sentence, on a line of its own, made a piece of
    its own (which then joins the item it numbers). spaCy ends no sentence at a colon or
    a line break, so a council decision's "I kommunstyrelsen:\n1." was one unit and the
    first item's text ("Stadsledningskontorets uppdrag ...") another, without its number,
    while "2. Anta handlingsplan ..." kept its own. Only after a lead-in's colon or a
    sentence's end: in hard-wrapped text a sentence's last number may stand on a line of
    its own ("... gick antalet ner till\n12."), and it is that sentence's, not the next's."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        line = text.rfind("\n", start, end)
        tail = text[line + 1 : end] if line >= 0 else ""
        head = text[start:line].rstrip() if line >= 0 else ""
        if head.endswith(LIST_LEAD) and NUMBER_ONLY.match(tail.strip()):
            out += [(start, start + len(head)), (end - len(tail.lstrip()), end)]
        else:
            out.append((start, end))
    return out


def _footnotes_apart(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each piece cut after a footnote's number that ends a sentence (``FOOTNOTE_END``),
    where the next word begins with a capital: the number stays with its sentence."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if not _DOT_DIGIT.search(text, start, end):  # every footnote's end holds one; a
            out.append((start, end))  # plain scan for it is far quicker than the pattern
            continue
        ends = (
            match.end()
            for match in FOOTNOTE_END.finditer(text, start, end)
            if not _reference(text, match.start() + match.group().rindex("."))
        )
        out += _cut_before_capitals(text, start, end, ends)
    return out


def _places_apart(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each piece cut after a place's pseudonym that ends a sentence (``_place_end``) where
    the next word begins with a capital, as the real name it stands for was cut."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        ends = (match.end() for match in _place_end().finditer(text, start, end))
        out += _cut_before_capitals(text, start, end, ends)
    return out


@lru_cache(maxsize=1)
def _place_end() -> re.Pattern[str]:
    """A place's or workplace's proposed pseudonym ("Kommun A", "Municipality A", "Ort B",
    "Arbetsplats C", ... lettered A to Z, then AA ...) and the full stop after it, where a
    word follows. spaCy keeps a capital with its stop as one word (an initial: "A.
    Lindqvist"), so "... i Kommun A. Hur ser det ut?" in a pseudonymised .qdpx read back
    was one unit where the text it came from ("i Hälleby. Hur ...") had two, and the
    study's agreement moved (study48). The heads are read from the templates the key
    proposes them by (``[summary] pseudonym_*`` in every language), so a new kind or
    language is cut too."""
    heads = {
        template.partition("{letter}")[0].strip()
        for lang in LANGUAGES
        for key, template in texts(lang, "summary").items()
        if key.startswith("pseudonym_") and "{letter}" in template
    }
    words = "|".join(re.escape(head) for head in sorted(heads, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s[A-Z]{{1,3}}\.(?=\s+[\"“‘(]?[^\W\d_])")


def _cut_before_capitals(
    text: str, start: int, end: int, ends: Iterable[int]
) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at each of ``ends`` (in order) that a word with a capital
    follows (its first character or, after an opening quote or bracket, its second); the
    next piece begins at that word, without the space before it."""
    out: list[tuple[int, int]] = []
    for cut in ends:
        rest = text[cut:end]
        head = rest.lstrip()
        if head[:1].isupper() or head[1:2].isupper():
            out.append((start, cut))
            start = cut + len(rest) - len(head)
    out.append((start, end))
    return out


def _reference(text: str, dot: int) -> bool:
    """True if the word before the full stop at ``dot`` abbreviates a part of a text
    (``REFERENCE_WORDS``): the number after it is that part's, not a footnote's."""
    at = dot
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return text[at:dot].casefold() in REFERENCE_WORDS


def _after_bracket(text: str, start: int, cut: int) -> int:
    """``cut``, or when it falls inside a bracket opened since ``start`` and closed within
    ``REACH`` characters, the position just after that closing bracket."""
    between = text[start:cut]
    if all(mark not in between for mark in OPENING):  # nothing opened: the common case
        return cut
    depth = 0
    for char in between:
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
    if depth == 0:
        return cut
    ahead = text[cut : cut + REACH]
    close = min((i for i in (ahead.find(c) for c in CLOSING) if i >= 0), default=-1)
    opens = min((i for i in (ahead.find(c) for c in OPENING) if i >= 0), default=len(ahead))
    return cut + close + 1 if 0 <= close < opens else cut


def _fragment(body: str) -> bool:
    """Hesitation marks and annotations that should not stand alone as units ("...", "--",
    "(paus)", "[skratt]")."""
    return not any(ch.isalnum() for ch in body) or bool(ANNOTATION_ONLY.match(body))

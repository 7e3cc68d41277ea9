"""The terms of a text search, read as a person types them: commas between terms (not
inside a quoted phrase), wildcards (``*`` any letters, ``?`` one), a space any run of
spaces or line breaks, and a word's forms in a document's language; all turned into one
case-insensitive pattern. Kept apart from ``text_search.py``, which runs that pattern over
the documents and codes what it finds: the CLI, the TUI and the API read the terms alike
by this one module (the CLI once took a comma as part of a phrase, the TUI as a break).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from qualcode.errors import ValidationError
from qualcode.oneline import shown
from qualcode.project.word_forms import word_forms

MAX_TERM = 200


def split_terms(typed: str | Sequence[str]) -> list[str]:
    """The search terms in what was typed: a comma separates terms, in one string as in
    several, so ``"ärende*, arbetsbörda"`` is two terms in the CLI, the TUI and the API
    alike (the CLI took it as one phrase with a comma in it, the TUI as two). Each term
    is a word or a phrase; empty pieces (``a,,b``, a trailing comma) are dropped.

    A term in double quotes (straight or curly, as a Swedish keyboard's word processor
    types them) keeps its commas: ``"ja, alltså", arbetsmiljö`` is two terms, the first
    a phrase with a comma in it, which could not be searched at all. A quote inside a
    term (``he said "no"``) is a character to find, as before.

    Terms are composed (NFC), as the stored text is: "ärende*" typed or pasted decomposed
    (a and a combining diaeresis, as macOS writes file names) found nothing (red team 36)."""
    given = [typed] if isinstance(typed, str) else list(typed)
    return [unicodedata.normalize("NFC", term) for raw in given for term in _terms(raw)]


_OPENING = '"\u201c\u201d\u201e'  # " “ ” „
_CLOSING = '"\u201c\u201d'


def _terms(raw: str) -> list[str]:
    """One string's terms (``split_terms``)."""
    terms: list[str] = []
    rest = raw.lstrip()
    while rest:
        if rest[0] in _OPENING:
            end = next((i for i, ch in enumerate(rest[1:], 1) if ch in _CLOSING), None)
            if end is None:
                raise ValidationError(
                    f"search: the quote before {shown(rest[1:])} is never closed",
                    key="search_quote_open",
                    rest=rest[1:],
                )
            term, rest = rest[1:end], rest[end + 1 :].lstrip()
            if rest and rest[0] != ",":
                raise ValidationError(
                    f"search: a quoted phrase ends its term; put a comma before {shown(rest)}",
                    key="search_quote_comma",
                    rest=rest,
                )
        else:
            term, comma, after = rest.partition(",")
            rest = comma + after
        if term.strip():
            terms.append(term.strip())
        rest = rest[1:].lstrip()  # past the comma that ends the term
    return terms


_PIECES = re.compile(r"[*?]+|[^*?]+")


def _word_regex(pieces: list[str]) -> str:
    """One word of a term as a regex: its letters literally, ``?`` a letter, ``*`` any.

    A star whose next letters (and ``?``) are followed by another star takes the first
    place they fit and keeps it (an atomic group): with each star free to give back
    letters, "e*e*e*e*e*e*e*e*q" tried every way of sharing a long word among eight stars
    (31 s on 40 letters e, the TUI frozen). The next star takes up whatever letters the
    first place leaves, so the same words are found; the last star reaches as far as it
    can, as before."""
    regex = ""
    i = 0
    while i < len(pieces):
        run = pieces[i]
        if run[0] not in "*?":
            regex += re.escape(run)
            i += 1
            continue
        regex += r"\w" * run.count("?")
        j = i + 1  # the letters and ? up to the next star
        while j < len(pieces) and "*" not in pieces[j]:
            j += 1
        fixed = pieces[i + 1 : j]
        if "*" in run and fixed and j < len(pieces) and all(map(_LETTERS.fullmatch, fixed)):
            inner = "".join(r"\w" * len(p) if p[0] == "?" else re.escape(p) for p in fixed)
            regex += rf"(?>\w*?{inner})"
            i = j
            continue
        regex += r"\w*" if "*" in run else ""
        i += 1
    return regex


_LETTERS = re.compile(r"\w+|\?+")  # a piece of letters (or of ?) the next star may absorb


def term_pattern(
    terms: Sequence[str], whole_word: bool = False, lang: str | None = None
) -> re.Pattern[str]:
    """One case-insensitive pattern finding any of ``terms`` (commas separating terms, as
    ``split_terms`` reads them): ``*`` any letters, ``?`` one letter, a space any
    whitespace; everything else literally. With ``lang``, a word also finds its forms in
    that language's text (``word_forms``); without, only its letters. Refuses no term at
    all, a term with a line break or control character, and one longer than 200
    characters."""
    parts: list[str] = []
    for term in split_terms(terms):
        if len(term) > MAX_TERM:
            raise ValidationError(
                f"search: a term is at most {MAX_TERM} characters",
                key="search_term_long",
                most=MAX_TERM,
            )
        if any(ch in "\n\r\t" or not ch.isprintable() for ch in term):
            raise ValidationError(
                "search: a term is one line of printable text (no line breaks or "
                "control characters)",
                key="search_term_line",
            )
        if not any(ch.isalnum() for ch in term):
            raise ValidationError(
                f"search: {term!r} has no letter or digit to look for",
                key="search_no_letter",
                term=term,
            )
        regex = ""
        for word_no, word in enumerate(term.split()):
            regex += r"\s+" if word_no else ""
            # a run of wildcards is one quantifier: "ärende**" typed twice, or "e" and 30
            # stars, made 30 \w* in a row, which the regex engine tried every way of
            # splitting a word among (minutes on one long word, the TUI frozen meanwhile)
            forms = word_forms(word, lang) if lang is not None else None
            regex += forms or _word_regex(_PIECES.findall(word))
        parts.append(regex)
    if not parts:
        raise ValidationError("search: give a word or phrase to search for", key="search_empty")
    parts.sort(key=len, reverse=True)  # the longer of two alternatives wins where both fit
    body = "|".join(f"(?:{p})" for p in parts)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, re.IGNORECASE)

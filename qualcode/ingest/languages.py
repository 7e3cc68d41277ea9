"""Which language a text is written in: Swedish or English, from function words, å/ä/ö
and spelling. A document's language is fixed at import (its sentence units, lemmas and
suggestions follow it), so ``--lang auto`` guesses it here and an import told the other
language of a text plainly in one is refused (``plain_language``). Apart from
``speakers.py``, which finds who speaks.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words and the short answers interviews are full of ("Ja." "Yes, exactly.").
_SV = _words(
    """och att det som är på inte jag vi har med för en ett den man så om alltså liksom också
    till av kan ja nej jo nja precis exakt absolut aldrig tack okej bra väl nu här där när
    vad hur varför eller men de dem sig var blev bara mycket skulle mig dig du ni"""
)
_EN = _words(
    """the and to of is that it we have with for not you they was this are be on in so what
    there but yes no never right exactly absolutely okay well really sure thanks thank
    yeah my our do did were would been just very because when how why me"""
)
# Spelling that gives a language away when a text has no function word at all
# ("Social workers quit."): English th/w/sh and -ly/-ing, Swedish sj/tj/kv and plural -na.
_EN_SPELLING = re.compile(r"th|w|sh|ly\b|ing\b")
_SV_SPELLING = re.compile(r"sj|tj|kv|[aeo]rna\b|heten\b")


def _function_words(sample: str) -> tuple[float, int]:
    """(Swedish, English) evidence in a lower-cased sample: function words, and å/ä/ö
    for Swedish (five of them count as two words)."""
    words = re.findall(r"[a-zåäö]+", sample)
    marks = sample.count("å") + sample.count("ä") + sample.count("ö")  # not char by char
    sv = sum(w in _SV for w in words) + 2 * marks / 5
    return sv, sum(w in _EN for w in words)


def guess_language(text: str) -> str:
    """'sv' or 'en' from function words and å/ä/ö, then spelling; ties go to Swedish.

    Swedish is the main material, so a text with nothing to go on (a name, "OK") is
    Swedish; the user can always say ``--lang``.
    """
    sample = text[:200_000].lower()
    sv, en = _function_words(sample)
    if sv == en:
        sv = len(_SV_SPELLING.findall(sample))
        en = len(_EN_SPELLING.findall(sample))
    return "en" if en > sv else "sv"


def leaning(text: str) -> str | None:
    """'sv' or 'en' when a short text's words lean to one (a function word more than the
    other's, å/ä/ö counting as Swedish), else None: "Åby" alone or "OK" says nothing, where
    ``guess_language`` gives a document Swedish. A memo's or rationale's language, in
    which the exports print a place's proposed pseudonym (export/key_languages.py)."""
    sv, en = _function_words(text[:200_000].lower())
    if abs(sv - en) < 1:
        return None
    return "sv" if sv > en else "en"


# A text plainly in one language: at least this much evidence for it, and this many times
# the other's. The demo's interviews score 368 to 0 at the least; a Swedish interview
# quoting English, or a bilingual one, is nowhere near.
PLAIN_EVIDENCE = 20
PLAIN_RATIO = 4


def plain_language(text: str) -> tuple[str, float, float] | None:
    """The language a text is plainly written in, with the evidence for it and for the
    other one; ``None`` when it is short, mixed or unclear. An import told the other
    language is refused with it: a document's language is fixed at import (its sentence
    units, lemmas and suggestions follow it), and a whole English interview imported with
    ``--lang sv`` could be neither removed nor changed (eyes13)."""
    sv, en = _function_words(text[:200_000].lower())
    for lang, ours, theirs in (("sv", sv, en), ("en", en, sv)):
        if ours >= PLAIN_EVIDENCE and ours >= PLAIN_RATIO * max(theirs, 1):
            return lang, ours, theirs
    return None

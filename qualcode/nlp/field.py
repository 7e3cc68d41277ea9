"""A code's field: the words its passages, definitions and keywords are made of.

Character n-grams match inside words, which is how they find a compound's parts
("ärendemängden" beside "ärendemängd"); it is also how a short sentence with nothing of a
code in it borrows the code's letters. "Det är skönt för att skriva." (it is nice for
writing) scored systems perspective 0.41 alone for coder karin on the demo, with the
semantic tier off: "skriva" shares "skriv" with "sjukskrivningar" (sick leave) in the
code's definition and with "sjukskriven" in her coded passages, and the rest of the
sentence is function words, so the character similarity and the learned n-gram model read
it as near the code. A short unit that shares no word with a code's field (no content word
of its passages, definitions or keywords, each read as its keys: ``normalise.word_keys``)
and has none of its keywords gets no score of its own for that code; its neighbours may
still lift it (the window, a gap between two units of the code, a passage), as they lift a
unit that says nothing (``suggest.says_nothing``). A longer unit keeps its score: its own
n-grams are many, and a field is only as wide as the examples written so far (measured
with every unit: a coded sentence or two lost per coder on the demo).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from qualcode.nlp.normalise import content_words, word_keys
from qualcode.nlp.scorers import Candidate

Lemmas = Mapping[str, Mapping[str, str]]


def word_set(text: str, lang: str, lemmas: Lemmas) -> set[str]:
    """The keys of ``text``'s content words (no stop words, fillers or marks)."""
    table = lemmas.get(lang)
    keys: set[str] = set()
    for word in content_words(text, lang):
        keys |= word_keys(word, lang, table)
    return keys


def code_fields(
    codes: Sequence[str],
    passages: Iterable[tuple[str, str, Sequence[str]]],
    keywords: Mapping[str, Mapping[str, Sequence[str]]],
    lemmas: Lemmas,
) -> dict[str, frozenset[str]]:
    """Per code, the keys of every content word of its passages ((text, language, codes):
    the codebook's examples and definitions, the coders' passages) and of its keywords."""
    fields: dict[str, set[str]] = {code: set() for code in codes}
    for text, lang, owners in passages:
        keys = word_set(text, lang, lemmas)
        for code in owners:
            if code in fields:
                fields[code] |= keys
    for code, per_lang in keywords.items():
        if code in fields:
            for lang, terms in per_lang.items():
                for term in terms:
                    fields[code] |= word_set(term, lang, lemmas)
    return {code: frozenset(keys) for code, keys in fields.items()}


def outside_field(
    candidates: Sequence[Candidate],
    short: np.ndarray,
    lex: np.ndarray,
    codes: Sequence[str],
    fields: Mapping[str, frozenset[str]],
    lemmas: Lemmas,
) -> np.ndarray:
    """Units x codes: a short unit (``short``) without a keyword of the code (``lex``) whose
    content words are none of the code's field: no score of its own for that code."""
    out = np.zeros((len(candidates), len(codes)), dtype=bool)
    for u in np.flatnonzero(short):
        unit = candidates[int(u)]
        keys = word_set(unit.text, unit.lang, lemmas)
        for j, code in enumerate(codes):
            out[u, j] = lex[u, j] <= 0 and not (keys & fields[code])
    return out

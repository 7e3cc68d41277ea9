"""A light Swedish and English normaliser for matching keywords in interview talk.

spaCy's Swedish lookup table lemmatises common words (placeringarna -> placering) but
leaves unlisted compounds and many inflections alone (socialsekreterarna,
placeringskostnaderna). Keyword matching therefore works on stems: lower-case, the lookup
lemma where there is one, then suffixed articles and plural endings stripped; and, for
Swedish, a keyword stem may also stand inside a compound.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Longest first: definite plural, definite singular, plural, genitive.
_SV_SUFFIXES = (
    "arnas",
    "ernas",
    "ornas",
    "andets",
    "andet",
    "heten",
    "heter",
    "arna",
    "erna",
    "orna",
    "ande",
    "ende",
    "ens",
    "ets",
    "ar",
    "er",
    "or",
    "en",
    "et",
    "na",
    "an",
    "a",
    "e",
    "s",
    "n",
    "t",
)
_EN_SUFFIXES = ("ies", "es", "s", "ing", "ed")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)

MIN_STEM = {"sv": 4, "en": 3}


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, inner hyphens and apostrophes)."""
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=262_144)
def stem(word: str, lang: str) -> str:
    """Strip one inflectional ending, keeping at least a few letters of stem.

    Cached: talk repeats its words, so most calls are look-ups.
    """
    word = word.lower()
    suffixes = _SV_SUFFIXES if lang == "sv" else _EN_SUFFIXES
    floor = MIN_STEM.get(lang, 3)
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= floor:
            return word[: -len(suffix)]
    return word


def stems(text: str, lang: str) -> list[str]:
    return [stem(w, lang) for w in words(text)]


def compound_match(keyword_stem: str, word: str, lang: str) -> bool:
    """Does a keyword stem match this word, inside a Swedish compound too?

    ``arbetsmiljö`` matches *arbetsmiljöproblemen* and *arbetsmiljöarbetet*; ``placering``
    matches *placeringskostnaderna*. Short stems match whole words only, so that *kost*
    does not fire inside *kostnad*-free talk like *kostym*.
    """
    word = word.lower()
    if stem(word, lang) == keyword_stem or word == keyword_stem:
        return True
    if lang != "sv" or len(keyword_stem) < 5:
        return False
    if word.startswith(keyword_stem):
        return True
    # as the head of a compound: sociala|investeringar, personal|omsättningen
    return len(keyword_stem) >= 6 and keyword_stem in word[2:]

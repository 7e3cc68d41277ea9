"""The forms of a word a text search finds: NVivo's "with stemmed words", MAXQDA's lemma
search, for the two languages qualcode reads.

A researcher who searches "ärendet" for a concept means the case, and wants "ärenden",
"ärendena" and "personalärenden" too; one who searches "socialsekreterare*" wants
"socialsekreterarna", whose stem is shorter than what was typed. Letters alone cannot give
that, so a word without wildcards finds:

- its **forms**: the word and its lemma (spaCy's lookup table from spacy-lookups-data, the
  one the suggestion engine reads), every form the table lists under them (*ärende* ->
  *ärenden*, *ärendets*; *barn* -> *barnen*; *child* -> *children*; *gå* -> *gick*), and
  their stems (the engine's light stemmer) with a Swedish inflectional ending or an English
  one (*socialsekreterar|na*, *prioriter|ade*, *meeting|s*). A form ends a word, so a
  Swedish form is found as a compound's last part (*personal|ärenden*) and an English one
  only as a word of its own (*cut* finds *cutting*, not *execute*);
- the word as typed (and, in Swedish, its lemma when five letters or more) anywhere inside a
  word, as every term was found before: *ärende* finds *ärendemängden*.

A hit is the letters found, the ending included: "socialsekreterarna", never a lemma the text
does not hold. A word ending in ``*`` (and no other wildcard) stands for its stem's every
continuation, so "socialsekreterare*" finds "socialsekreterarna". Other wildcards, short
and common words (stop words), and languages without a table are matched by their letters,
as is everything when the search asks for the exact letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from qualcode.project.lemma_lines import forms_of, lemma_of

FORM_LANGS = ("sv", "en")
# a Swedish form this long is also found as the first part of a compound (ärende|mängden);
# a shorter one (tid, barn) would find tid|igare: it is found where a word ends
ANYWHERE_MIN = 5
# a Swedish form shorter than this is found only as a whole word (gå, not över|gå)
HEAD_MIN = 4
# nouns (definite, plural, both), verbs (present, past, supine, participle) and adjectives;
# a genitive s may follow any of them
_SV_ENDINGS = (
    *("arna", "erna", "orna", "ena", "na", "en", "et", "ar", "er", "or"),
    *("ande", "ende", "ade", "ad", "at", "it", "de", "te", "are", "aste", "ast"),
    *("a", "e", "n", "r", "t"),
)
SV_ENDING = "(?:" + "|".join(_SV_ENDINGS) + ")?s?"
_VOWELS = "aeiouy"


def word_forms(word: str, lang: str) -> str | None:
    """A regex finding one word of a search term in ``lang``'s text with its forms: a
    plain word (``word_forms_regex``), or letters and a star (``stem_star_regex``); None
    for any other wildcards and where a word has no forms (its letters are searched)."""
    if "?" in word:
        return None
    letters = word.rstrip("*")
    if "*" in letters or not letters:
        return None
    if letters != word:
        return stem_star_regex(letters, lang)
    # atomic: a word's forms reach the same word end however its letters are shared out
    # among a base and an ending ("ärenden", "ärende|n", "ärend|en"); a phrase of such words
    # that failed at its last tried every sharing of every word (24 words: hours)
    forms = word_forms_regex(word, lang)
    return f"(?>{forms})" if forms else None


def word_forms_regex(word: str, lang: str) -> str | None:
    """A regex finding ``word`` (letters only, no wildcards) and its forms in ``lang``'s
    text, or None where the word has no forms to find (another language, a stop word, a
    single letter, digits): then its letters alone are searched."""
    low = word.lower()
    if lang not in FORM_LANGS or len(low) < 2 or not low.isalpha():
        return None
    from qualcode.nlp.normalise import stop_words

    if low in stop_words(lang):
        return None
    heads, forms = _family(low, lang)
    forms = {f for f in forms if len(f) >= 2 and f.isalpha() and f not in stop_words(lang)}
    forms |= {low}
    if lang == "en":
        forms = {spelt for f in forms for spelt in _spellings(f)}
        spelt = sorted({s for f in forms for s in _english_forms(f)}, key=len, reverse=True)
        return rf"(?<!\w)(?:{_alternatives(spelt)})(?!\w)|{re.escape(low)}"
    return _swedish_regex(low, heads, forms)


def stem_star_regex(letters: str, lang: str) -> str | None:
    """A regex for ``letters*`` (letters then a star, no other wildcard) that starts at the
    letters' stem, so "socialsekreterare*" finds "socialsekreterarna"; None where the stem
    is the letters themselves or too short to stand for the word."""
    low = letters.lower()
    if lang not in FORM_LANGS or not low.isalpha():
        return None
    from qualcode.nlp.normalise import stem

    cut = stem(low, lang)
    if cut == low or len(cut) < ANYWHERE_MIN:
        return None
    return re.escape(cut) + r"\w*"


def _swedish_regex(low: str, heads: set[str], forms: set[str]) -> str:
    """Swedish: forms and stems with an ending where a word ends (a compound's last part
    too); the word as typed, and its lemma when long, anywhere (a compound's first part)."""
    from qualcode.nlp.normalise import stem

    bases = forms | {cut for f in heads for cut in (stem(f, "sv"),) if len(cut) >= HEAD_MIN}
    long = sorted((b for b in bases if len(b) >= HEAD_MIN), key=len, reverse=True)
    short = sorted((b for b in bases if len(b) < HEAD_MIN), key=len, reverse=True)
    parts = []
    if long:
        parts.append(rf"(?:{_alternatives(long)}){SV_ENDING}(?!\w)")
    if short:
        parts.append(rf"(?<!\w)(?:{_alternatives(short)}){SV_ENDING}(?!\w)")
    inside = sorted({low} | {h for h in heads if len(h) >= ANYWHERE_MIN}, key=len, reverse=True)
    parts.append(_alternatives(inside))
    return "|".join(parts)


def _family(low: str, lang: str) -> tuple[set[str], set[str]]:
    """The word's heads (itself and the lemma it is matched by) and every form the lookup
    table lists under them (*gå*: *gick*, *gått*).

    A lemma is followed only from a word the table does not list forms under (an inflected
    form: *ärendet* -> *ärende*, *children* -> *child*): the table's lemma of a base form
    can mislead (*meeting* -> *meet* found "met", *nämnd* -> *nämna*). Nor is a lemma that
    does not begin as the word does (*sämre* -> *illa*, *better* -> *well*): another word
    to a reader, however the table relates them."""
    from qualcode.nlp.normalise import stop_words

    lemma = (lemma_of(low, lang) or "").lower()
    if not (lemma[:2] == low[:2] and lemma.isalpha() and lemma not in stop_words(lang)):
        lemma = low
    listed = _listed(frozenset((low, lemma)), lang)
    if lemma != low and listed.get(low):  # a base form of its own: its lemma may mislead
        lemma = low
    heads = {low, lemma}
    return heads, {low, lemma, *(f for head in heads for f in listed.get(head, ()))}


@lru_cache(maxsize=512)
def _listed(heads: frozenset[str], lang: str) -> dict[str, frozenset[str]]:
    """The forms listed under each of ``heads``, lower-cased; kept for the process (the
    TUI searches again as a coder narrows the documents)."""
    return {
        head: frozenset(f.lower() for f in forms) for head, forms in forms_of(heads, lang).items()
    }


# British spellings and the American ones the engine folds to them (``normalise.spelling``)
_AMERICAN = (
    *(("is", "iz"), ("ys", "yz"), ("our", "or"), ("tre", "ter"), ("tred", "tered")),
    *(("ll", "l"), ("gramme", "gram"), ("dgement", "dgment"), ("logue", "log"), ("enc", "ens")),
)


def _spellings(word: str) -> set[str]:
    """An English word in both spellings, as the engine matches keywords: a report written
    in American English (*organization*, *labor*, *program*) is found by a British search
    and the other way round. The engine folds American to British; a British word's
    American spelling is each candidate the engine folds back to it."""
    from qualcode.nlp.normalise import spelling

    key = spelling(word, "en")
    found = {word, key}
    for british, american in _AMERICAN:
        at = key.find(british)
        while at >= 0:
            candidate = key[:at] + american + key[at + len(british) :]
            if spelling(candidate, "en") == key:
                found.add(candidate)
            at = key.find(british, at + 1)
    return found


def _english_forms(word: str) -> set[str]:
    """An English word with its regular endings: plural and third person (*meetings*,
    *watches*, *studies*), past (*cited*, *studied*), -ing with a silent e dropped
    (*servicing*) or a final consonant doubled (*cutting*), and the possessive."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "'s", word + "’s"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS + "wx"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}
    return forms


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in words)

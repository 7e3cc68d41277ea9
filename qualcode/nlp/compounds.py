"""English compounds written three ways, for matching keywords.

English writes one compound together, with a hyphen or apart, and reports do all three:
*frontline*, *front-line* and *front line*; *caseload* and *case load*; *co-production* and
*coproduction*; a PDF's line end splits *work-load* too. A codebook lists one spelling (a
few terms list two), so a term written one way missed the others. Swedish writes its
compounds together and is matched inside them (``word_parts.compound_match``); English is
not, so its other spellings are compiled as variants of the term instead.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import lru_cache
from itertools import product

from qualcode.nlp.normalise import lemma_bases, lemma_table, stop_words, words

MIN_PART = 4  # each half written apart: "co-" is a prefix, and "miss|ion", "bud|get" no compounds
MAX_VARIANTS = 8


def term_variants(
    term: str, lang: str, known: Container[str] | None = None
) -> list[tuple[str, ...]]:
    """The other ways an English keyword's words are written, each as its words: a
    hyphenated part joined (*co-production* -> coproduction), a one-word part that is two
    English words also apart (*caseload* -> case load, which a hyphen gives as well). Not
    the term's own words; none for another language. ``known``: the English words a kept
    engine holds (``english_parts``) instead of the lookup table.
    """
    if lang != "en":
        return []
    choices: list[list[tuple[str, ...]]] = []
    for chunk in term.split():
        own = tuple(words(chunk))
        if not own:
            continue
        ways = [own]
        if len(own) > 1:
            ways.append(("".join(own),))
        else:
            ways.extend(halves(own[0], known))
        choices.append(ways)
    own_words = tuple(words(term))
    out: list[tuple[str, ...]] = []
    for combination in product(*choices):
        variant = tuple(word for part in combination for word in part)
        if variant != own_words and variant not in out:
            out.append(variant)
        if len(out) >= MAX_VARIANTS:
            break
    return out


def halves(word: str, known: Container[str] | None = None) -> list[tuple[str, str]]:
    """Where ``word`` splits into two English words of at least four letters each, as
    spaCy's English lookup table knows them (a form or a lemma) or as a stop word: *caseload*
    -> case, load; *understaffing* -> under, staffing. The whole table is asked, whatever
    lemmas an engine keeps, or ``known``: the answers it gave when the engine was fitted
    (``english_parts``), so a kept engine compiles its terms as the fitted one did."""
    english = _an_english_word if known is None else known.__contains__
    return [
        (word[:i], word[i:])
        for i in range(MIN_PART, len(word) - MIN_PART + 1)
        if english(word[:i]) and english(word[i:])
    ]


def english_parts(terms: Iterable[str]) -> frozenset[str]:
    """Every piece that ``halves`` can ask about in these English terms' one-word parts and
    that is an English word. A kept engine holds them, so that reading it back never loads
    English's lookup table (13 MiB and 0.05 s of every warm ``qualcode suggest``, which
    otherwise needs no table at all); no table, no pieces."""
    found: set[str] = set()
    for term in terms:
        for chunk in term.split():
            own = words(chunk)
            if len(own) != 1:
                continue
            word = own[0]
            for i in range(MIN_PART, len(word) - MIN_PART + 1):
                found.update(part for part in (word[:i], word[i:]) if _an_english_word(part))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _an_english_word(text: str) -> bool:
    table = lemma_table("en")
    if text in stop_words("en"):
        return True
    return table is not None and (text in table or text in lemma_bases(table))

"""A keyword stem matched to a word, inside a Swedish compound too: which part of a
compound a keyword may be (its start, its head, never its middle) and what may stand
before it. Apart from ``normalise.py`` (words, stems, spellings, stop words) because this
is the one question the keyword scorer asks of a word (``lexicon.py``), with rules and
figures of its own.
"""

from __future__ import annotations

from qualcode.nlp.normalise import SV_SUFFIXES, lemma_bases, lemma_table, spelling, stem

# A keyword stem this long may match at the start of a longer word (inflection, compound)
PREFIX_MIN = {"sv": 5, "en": 6}
# ...and this long anywhere inside a Swedish compound: sociala|investeringar
HEAD_MIN = 6
# a shorter stem (five letters) only as the last part, before an ending: social|nämnden
END_HEAD_MIN = 5
# a first part of a compound longer than this ends in the linking s (see plausible_modifier)
MAX_BARE_MODIFIER = 8
# ...and so does one shorter than this: a three-letter word before a head is mostly a word of
# its own (väg|ledning is guidance, hem|tjänst home care), but års|budget is a compound
MIN_BARE_MODIFIER = 4
_ENDINGS = frozenset(("", *SV_SUFFIXES, "erna", "arna", "ar", "er", "en", "et"))
# English words are not compounded: a prefix match may only add an inflection
EN_PREFIX_SLACK = 4
# A keyword followed by the linking s and a word of at least this many letters is a compound's
# first part (lednings|kontoret); after a first part of its own it stands in the middle
MIDDLE_HEAD_MIN = 4
# ...unless the s opens a suffix that makes a word of it (mentor|skap, verk|sam), not a head
_S_SUFFIXES = ("skap", "sam")
# Without the linking s a head is a word of its own that spaCy's Swedish lookup table knows
# (stads|budget|ramar); these suffixes make a word of what they follow (mentor|skapet,
# frihet, ägande) even where the table lists their letters as a word (skap, het, dom)
_BARE_SUFFIXES = ("skap", "het", "dom", "bar", "sam", "lig", "else", "ning", "ande", "ende")


def compound_match(keyword_stem: str, word: str, lang: str, keys: set[str] | None = None) -> bool:
    """Does a keyword stem match this word, inside a Swedish compound too?

    ``arbetsmiljö`` matches *arbetsmiljöproblemen* and *arbetsmiljöarbetet*; ``placering``
    matches *placeringskostnaderna*; ``investering`` matches *samhällsinvesteringar*.
    Short stems match whole words only, so that *kost* does not fire inside *kostym*.
    Inside a word, a stem counts only after a plausible first part of a compound
    (:func:`plausible_modifier`): *ledning* heads *förvaltnings|ledning* but only ends
    *vägledning* in *konsument|vägledning*; and not in the middle (:func:`in_the_middle`).
    ``keys`` (from :func:`word_keys`) lets a caller pass a lookup lemma's stem too.
    """
    word = word.lower()
    if keyword_stem in (keys if keys is not None else {word, stem(word, lang)}):
        return True
    if lang != "sv":
        return len(keyword_stem) >= PREFIX_MIN["en"] and any(
            spelt.startswith(keyword_stem) and len(spelt) - len(keyword_stem) <= EN_PREFIX_SLACK
            for spelt in {word, spelling(word, lang)}
        )
    if len(keyword_stem) >= PREFIX_MIN["sv"] and word.startswith(keyword_stem):
        return True
    # as the head of a compound (sociala|investeringar, personal|omsättningen), not its middle
    if len(keyword_stem) >= HEAD_MIN:
        at = word.find(keyword_stem, 3)
        while at >= 3:
            rest = word[at + len(keyword_stem) :]
            if plausible_modifier(word[:at]) and not in_the_middle(rest, keyword_stem):
                return True
            at = word.find(keyword_stem, at + 1)
    # a five-letter stem as the head, followed by an ending only: social|nämnden, rutin
    if len(keyword_stem) >= END_HEAD_MIN:
        at = word.rfind(keyword_stem, 3)
        return (
            at >= 3 and word[at + len(keyword_stem) :] in _ENDINGS and plausible_modifier(word[:at])
        )
    return False


def plausible_modifier(modifier: str) -> bool:
    """Can ``modifier`` be the whole first part of a Swedish compound?

    A long first part takes the linking *s* (*förvaltnings|ledning*, *samhälls|investering*,
    *familjehems|placering*); first parts without it are short simple words (*social*,
    *personal*, *barn*, *skol*). So when the letters before a keyword are many and do not
    end in *s*, the keyword only ends a longer head: *konsumentväg|ledning* is
    *konsument|vägledning* (guidance), not management. Needs no word list, so a kept
    engine matches exactly as a freshly fitted one. A very short first part without the *s*
    mostly makes a word of its own: *väg|ledning* is guidance, while *års|budget* is a budget.
    """
    return MIN_BARE_MODIFIER <= len(modifier) <= MAX_BARE_MODIFIER or modifier.endswith("s")


def in_the_middle(rest: str, keyword: str = "") -> bool:
    """Is a keyword followed by ``rest`` (inside a word, after a first part) in the middle
    of a compound, the first part of a further head?

    A Swedish compound names its last part; the parts before it say what that is for.
    *Stads|lednings|kontoret* is the city's executive office, an office, not the management
    the keyword *ledningen* is about, and *Kommunlednings|kontoret* likewise. A reader takes
    a keyword as the whole word, as the head (*förvaltnings|ledningen*) or as the first part
    (*lednings|gruppen*, matched as a prefix), not between a first part and a head: the
    first part says what the head is for, a keyword inside the first part only what that
    part is. The keyword is followed by the linking *s* and a word (*s|kontoret*), or
    directly by a word of its own (*Stads|budget|ramar*, city budget frames: *ramar* is a
    word spaCy's Swedish lookup table knows), not by an ending (*ledning|ens*) nor a
    suffix (*mentor|skapet*). A bare head needs the ``keyword`` before it to be a word too:
    a cut stem's rest is its own ending (*kärn|verksamh|eten*), however like a word it reads.
    """
    if rest in _ENDINGS:
        return False
    if rest[:1] == "s" and not rest.startswith(_S_SUFFIXES) and len(rest) - 1 >= MIDDLE_HEAD_MIN:
        return True
    return (
        len(rest) >= MIDDLE_HEAD_MIN
        and not rest.startswith(_BARE_SUFFIXES)
        and _a_word(rest)
        and _a_word(keyword)
    )


def _a_word(text: str) -> bool:
    """Is ``text`` a Swedish word of its own, as spaCy's lookup table (spacy-lookups-data)
    knows it: a form it lists or a lemma? Fresh and kept engines ask the same table (loaded
    once per process, whatever lemmas an engine keeps), so they match alike; without the
    table no bare head is known and only the linking s tells a middle."""
    table = lemma_table("sv")
    return table is not None and (text in table or text in lemma_bases(table))

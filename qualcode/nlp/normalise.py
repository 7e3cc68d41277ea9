"""A light Swedish and English normaliser for matching keywords in interview talk.

spaCy's Swedish lookup table lemmatises listed words once they are lower-cased
(placeringarna -> placering, uppdraget -> uppdrag) but leaves unlisted compounds alone
(socialsekreterarna, placeringskostnaderna, arbetsmiljöproblemen), and a few of its entries
mislead (städer -> städja, in -> i). Keyword matching therefore works on *stems*: lower-case,
one suffixed article or plural ending stripped, and, for Swedish, a keyword stem may also
stand at the start or as the head of a compound. A lookup lemma, where the table has one,
is an extra key for a word, never a replacement for its stem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from functools import lru_cache

from qualcode.nlp.charvec import without_marks

# Longest first: definite plural, definite singular, plural, genitive, verb and adjective
# endings. No bare "t": it would cut budget, rapport and konsult.
_SV_SUFFIXES = (
    "arnas",
    "ernas",
    "ornas",
    "andets",
    "heterna",
    "heten",
    "heter",
    "arna",
    "erna",
    "orna",
    "ande",
    "ende",
    "ade",
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
)
_EN_SUFFIXES = ("ies", "ing", "ed", "es", "s")
_EN_POSSESSIVE = ("'s", "’s")
# hyphens split (HVB-placering, lex Sarah-anmälan), inner apostrophes do not (don't)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

MIN_STEM = {"sv": 4, "en": 3}
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
_ENDINGS = frozenset(("", *_SV_SUFFIXES, "erna", "arna", "ar", "er", "en", "et"))
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


# British and American spellings of one English word, folded to one key (the British one), so
# that a keyword written either way matches a report written the other: organization and
# organisation, prioritize, behavior, center, counselor, program, judgment, dialog, defense.
# Each rule needs a few letters before it, so short words keep theirs (size, hour, four,
# later, filed). A folded form is one more key for a word, never shown: two different words
# fold together only where one is the other's spelling.
_EN_SPELLINGS = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<=\w{2}[aeiou])l(ed|ing|er|ers|or|ors)$", r"ll\1"),
        (r"(?<=\w{3})iz(e|es|ed|ing|er|ers|ation|ations|ational|ationally)$", r"is\1"),
        (r"(?<=\w{2})yz(e|es|ed|ing|er|ers)$", r"ys\1"),
        (
            r"(?<=\w{3})or(s|ed|ing|al|ally|able|ably|ful|ite|ites|hood|hoods|er|ers|ist|ists)?$",
            r"our\1",
        ),
        (r"(?<=\w{3})ter(s)?$", r"tre\1"),
        (r"(?<=\w{3})tered$", "tred"),
        (r"gram(s)?$", r"gramme\1"),
        (r"dgment(s)?$", r"dgement\1"),
        (r"(?<=\w{3})log(s)?$", r"logue\1"),
        (r"^(def|off|lic|pret)ens(e|es)$", r"\1enc\2"),
    )
)


@lru_cache(maxsize=65_536)
def spelling(word: str, lang: str) -> str:
    """``word`` in one spelling of its language: English American forms folded to British
    (*organization* -> *organisation*, *labor* -> *labour*), any other word as it is."""
    if lang != "en":
        return word
    for pattern, replacement in _EN_SPELLINGS:  # in turn: counselor -> counsellor -> -our
        word = pattern.sub(replacement, word, count=1)
    return word


def words(text: str) -> list[str]:
    """Lower-cased word tokens: letters and inner apostrophes; hyphens separate words.

    A typographic apostrophe is read as the typewriter one: a report set in print writes
    *children’s* and *couldn’t*, a codebook typed on a keyboard *children's* and
    *couldn't*, and the two must be one word (the English negator ``n't`` too)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=262_144)
def stem(word: str, lang: str) -> str:
    """Strip one inflectional ending, keeping at least a few letters of stem.

    Cached: talk repeats its words, so most calls are look-ups.
    """
    word = word.lower()
    suffixes = _SV_SUFFIXES if lang == "sv" else _EN_SUFFIXES
    floor = MIN_STEM.get(lang, 3)
    if lang == "en" and word.endswith(_EN_POSSESSIVE) and len(word) - 2 >= floor:
        # the English possessive is no part of the word: *the government's*, *children's*
        # and *the council's budget* hold *government*, *children*, *council*
        return stem(word[:-2], lang)
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= floor:
            return word[: -len(suffix)]
    return word


def stems(text: str, lang: str) -> list[str]:
    """The stems of a text's words, in order."""
    return [stem(w, lang) for w in words(text)]


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of the language (function words and the commonest others), or
    none for a language spaCy does not list.

    Read from spaCy's own list file without importing spaCy (0.8 s, which a warm
    ``qualcode suggest`` never spends otherwise), and without running it: the list is the
    file's longest string, its words apart by white space.
    """
    import ast
    import importlib.util
    from pathlib import Path

    if not (lang.isascii() and lang.isalpha() and len(lang) <= 3):
        return frozenset()
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "lang" / lang / "stop_words.py"
    if not path.is_file():
        return frozenset()
    texts = [
        node.value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    return frozenset(max(texts, key=len).split()) if texts else frozenset()


# Words of talk that hold the floor and say nothing of a turning point: hesitations,
# back-channels and the set phrases' evaluative words ("a good question"). spaCy lists the
# Swedish ones (ja, bra, alltså) among its stop words but not these.
FILLERS = {
    "sv": frozenset(
        (
            *("eh", "ehm", "öh", "äh", "mm", "mhm", "hm", "hmm", "asså", "ba", "liksom", "typ"),
            *("okej", "jaha", "precis", "exakt", "absolut"),
        )
    ),
    "en": frozenset(
        (
            *("um", "uh", "er", "erm", "eh", "hmm", "mm", "mhm", "yeah", "yep", "okay", "ok"),
            *("oh", "right", "exactly", "absolutely", "like", "good"),
        )
    ),
}
CONTENT_MIN_LETTERS = 3  # "är", "so", "ok": two letters are function words in both languages


def content_words(text: str, lang: str) -> list[str]:
    """The words of ``text`` that can carry content: not a transcriber's mark ("[skratt]"),
    a stop word, a filler or a word of two letters. "[skratt] Det är en bra fråga." has
    one ("fråga"); a sentence that makes a point has several."""
    common, fillers = stop_words(lang), FILLERS.get(lang, frozenset())
    out = []
    for word in words(without_marks(text)):
        word = word.replace("’", "'").split("'")[0]  # that's -> that, don't -> don
        if len(word) >= CONTENT_MIN_LETTERS and word not in common and word not in fillers:
            out.append(word)
    return out


def word_keys(word: str, lang: str, lemmas: Mapping[str, str] | None = None) -> set[str]:
    """Every key a word can be matched on: itself, its stem, its lookup lemma's stem."""
    word = word.lower()
    keys = {word, stem(word, lang)}
    folded = spelling(word, lang)
    if folded != word:  # American or British, a word is matched on the one key of both
        keys |= {folded, stem(folded, lang)}
    if lemmas is not None:
        lemma = (lemmas.get(word) or lemmas.get(folded) or "").lower()
        # a function word listed under a content word is a guess the table cannot make:
        # the preposition "för" (for) under the verb "föra" (carry) made every "för att
        # vidareutveckla" the keyword "föra vidare"; "gick" under "gå" is kept
        common = stop_words(lang)
        if lemma and lemma != word and (word not in common or lemma in common):
            keys |= {stem(lemma, lang), stem(spelling(lemma, lang), lang)}
    return keys


def keyword_forms(
    term_word: str,
    lang: str,
    lemmas: Mapping[str, str] | None = None,
    bases: Set[str] | None = None,
) -> tuple[str, ...]:
    """The forms a keyword's word is matched by: as written, its stem, and, for a keyword
    written inflected, its lemma's stem.

    Keeping the written form guards against over-stripping a base form: *budget* stems to
    *budg* and *rutin* to *ruti*, but *budgeten* and *rutinerna* still stem to the written
    keyword. A codebook's researchers write keywords as they heard them (*besökte*,
    *lyssnade*, *visited*), and a stem of a past tense (*besökt*) misses the present
    (*besöker*): such a word, one that is no lemma of the lookup table (``bases``, the
    table's lemmas), also matches by its lemma's stem, as the words of talk do. Base forms
    keep only their own forms, because the table's lemma of a base form can mislead
    (*nämnd* -> *nämna*), and a lemma that does not begin like the word (*sämre* -> *illa*,
    *färre* -> *få*) is not followed.
    """
    word = term_word.lower()
    forms = [word]
    floor = MIN_STEM.get(lang, 3)
    for spelt in dict.fromkeys((word, spelling(word, lang))):  # as written, and folded
        for key in (spelt, stem(spelt, lang)):
            if len(key) >= floor and key not in forms:
                forms.append(key)
    if lemmas is not None and bases is not None and word not in bases:
        lemma = lemmas.get(word, "").lower()
        if lemma and lemma != word and lemma[:3] == word[:3]:
            for key in (stem(lemma, lang), stem(spelling(lemma, lang), lang)):
                if len(key) >= floor and key not in forms:
                    forms.append(key)
    return tuple(forms)


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


def lemma_bases(table: Mapping[str, str]) -> Set[str]:
    """The lemmas of a lookup table (its values): the words it knows as base forms.

    Kept per table for the process (a table is loaded once, and its hundreds of thousands of
    entries take a tenth of a second to gather)."""
    held = _BASES.get(id(table))
    if held is None or held[0] is not table:
        held = (table, frozenset(table.values()))
        _BASES[id(table)] = held
    return held[1]


_BASES: dict[int, tuple[Mapping[str, str], frozenset[str]]] = {}


def lemma_table(lang: str) -> Mapping[str, str] | None:
    """The lookup lemmatizer's table of the language, where spacy-lookups-data has one.

    Loaded once per process (``qualcode.nlp.pipeline.lemma_lookup``).
    """
    from qualcode.nlp.pipeline import lemma_lookup

    return lemma_lookup(lang)

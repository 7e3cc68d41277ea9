"""A light Swedish and English normaliser for matching keywords in interview talk.

spaCy's Swedish lookup table lemmatises listed words once they are lower-cased
(placeringarna -> placering, uppdraget -> uppdrag) but leaves unlisted compounds alone
(socialsekreterarna, placeringskostnaderna, arbetsmiljöproblemen), and a few of its entries
mislead (städer -> städja, in -> i). Keyword matching therefore works on *stems*: lower-case,
one suffixed article or plural ending stripped, and, for Swedish, a keyword stem may also
stand at the start or as the head of a compound (``word_parts.compound_match``). A lookup
lemma, where the table has one, is an extra key for a word, never a replacement for its stem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from functools import lru_cache

from qualcode.nlp.charvec import without_marks

# Longest first: definite plural, definite singular, plural, genitive, verb and adjective
# endings. No bare "t": it would cut budget, rapport and konsult.
SV_SUFFIXES = (
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
    return list(_words(text))


@lru_cache(maxsize=65_536)
def _words(text: str) -> tuple[str, ...]:
    """``words``, remembered: scoring a unit reads its words for its keywords, its length
    and its content words, each from the same text (a batch of 50 documents at a time)."""
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(text))


@lru_cache(maxsize=262_144)
def stem(word: str, lang: str) -> str:
    """Strip one inflectional ending, keeping at least a few letters of stem.

    Cached: talk repeats its words, so most calls are look-ups.
    """
    word = word.lower()
    suffixes = SV_SUFFIXES if lang == "sv" else _EN_SUFFIXES
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

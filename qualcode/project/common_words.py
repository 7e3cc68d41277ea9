"""Which lower-case words are common words of the language, read from spaCy's lookup lemma
tables when the first word is asked of: the name finder drops a capitalised word that is
one (a sentence's first word, a heading's), and a Swedish compound made of them
("Omvärldsanalys" as a heading). ``project/pseudonym_names.py`` passes them to it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Container, Iterable


def ordinary_words() -> Callable[[str], bool]:
    """Whether a lower-case word is a common Swedish or English word: a form or lemma in
    the lookup lemma tables, or a stop word, read when the first word is asked of. Most
    texts never ask (1,000 transcripts did not once); those that do read the words from the
    list kept in the cache folder (``word_list``), not the tables: parsing them cost 0.4 s
    CPU of each lead's export that asked for the names the key lacks (``names_off_key``)."""
    from qualcode.export.name_words import TIME_OPENERS  # the lemma tables lack "efteråt"

    common: Container[str] | None = None

    def ordinary(word: str) -> bool:
        nonlocal common
        if word in TIME_OPENERS:
            return True
        if common is None:
            from qualcode.project.word_list import common_words

            common = common_words()
        return word in common

    return ordinary


@functools.cache
def _shared_ordinary() -> Callable[[str], bool]:
    """One ``ordinary_words`` for the process: the key is made several times an export."""
    return ordinary_words()


@functools.cache
def function_words() -> frozenset[str]:
    """The stop words of Swedish and English (spaCy's lists, read without spaCy): the name
    finder reads none of them at a sentence's start as a part of the name after it ("When
    Tom was late", "När Sirpa ringer")."""
    from qualcode.export.name_words import TIME_OPENERS
    from qualcode.nlp.normalise import stop_words

    # and the adverbs of time that open a sentence ("Efteråt Anna ringde"), which the
    # stop words leave out
    return stop_words("sv") | stop_words("en") | TIME_OPENERS


def word_names(names: Iterable[str]) -> list[str]:
    """The key's names of one word that are also a common Swedish or English word and no
    first name: a surname or a place that is a noun ("Berg" and *ett berg*, "Lund" and *en
    lund*, "Holm", "Strand"). The key prints them only where they are written with a
    capital, as a name is (``Key``'s ``cased``): with the participant Berg on the key, "vi
    gick upp på ett berg" went out as "vi gick upp på ett IP1" in every export. A first
    name that is also a word is the hand list's (``name_words.ORDINARY_WORDS``): typed in
    lower case it is far more often the person. The tables are read only when the key
    holds such a name. A name the lead keyed in lower case ("politikerna") is the word
    she means, printed through the key in every case."""
    from qualcode.export.name_words import first_name

    single = [n for n in names if len(n.split()) == 1 and n[:1].isupper() and not first_name(n)]
    if not single:
        return []
    ordinary = _shared_ordinary()
    return [n for n in single if ordinary(n.casefold())]


def no_word(plain: str) -> bool:
    """Whether a name's spelling without its accents ("Malmo", "Aby") is no common Swedish
    or English word, so that the key reads it in running text ("Are" for Åre is a word)."""
    return not _shared_ordinary()(plain.casefold())


# a Swedish compound's parts: its head (the last part) at least this long, its first part
# at least ``_FIRST_PART``, a part between them at least two letters ("fram|åt|blick")
_HEAD = 4
_FIRST_PART = 3
_PARTS_MAX = 4


def common_compounds() -> Callable[[str], bool]:
    """Whether a lower-case word is a Swedish compound of common words ("omvärlds|analys",
    "ansvars|område", "fler|års|plan"), each part a form or lemma in Swedish's lookup lemma
    table or a stop word, the table read when the first word is asked of. Swedish writes a
    compound as one word, which the table seldom lists whole, so a section heading's or a
    contents line's capitalised "Omvärldsanalys" read as a name: the lead was told to key
    it, and every export then printed a pseudonym for the word (pseudo42). English writes
    its compounds apart, and its surnames are often two words joined ("Hartwell"): not
    asked."""
    known: tuple[Container[str], ...] | None = None

    def common(part: str) -> bool:
        assert known is not None
        return any(part in words for words in known)

    def split(word: str, parts: int) -> bool:
        if parts > 0 and len(word) >= _HEAD and common(word):
            return True
        if parts >= _PARTS_MAX:
            return False
        least = _FIRST_PART if parts == 0 else 2
        return any(
            common(word[:i]) and split(word[i:], parts + 1)
            for i in range(least, len(word) - _HEAD + 1)
        )

    def compound(word: str) -> bool:
        nonlocal known
        if known is None:
            from qualcode.nlp.normalise import lemma_bases, lemma_table, stop_words

            table = lemma_table("sv") or {}
            # the tables as loaded once per process, and the particles the table leaves
            # out: "fram|åt|blick", "till|syn"
            known = (table, lemma_bases(table), stop_words("sv"))
        return split(word, 0)

    return compound

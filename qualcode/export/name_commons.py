"""Which of the name finder's candidates are common words of the language its capitals
made look like names: a Swedish compound of common words in a heading or a contents line
("Omvärldsanalys"), and two common words side by side in a form's or a table's heading
("Ledamöter Ersättare", "Socialdirektör Controller"), which the finder had read as a first
name and a surname. ``export/names.py`` asks, last, of a word with no other evidence. And
the function word opening a sentence before a capital ("When Tom"), or an ordinary word
before a whole name ("Later Anna Reed"), no part of the name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable

from qualcode.export.name_words import (
    FIRST_NAMES,
    NOT_NAMES,
    PLACE_ENDINGS,
    SURNAME_ENDINGS,
    WORKPLACE_ENDINGS,
    first_name,
)


def _name_like(word: str) -> bool:
    """Whether ``word`` has a name's own mark: a first name, or a place's, surname's or
    workplace's ending ("Göte|borg", "Sköns|berg" and "Berg|ström" are compounds of words
    too); "-person" of "Kontaktperson" is no surname's."""
    low = word.casefold()
    ending = low.endswith(PLACE_ENDINGS + SURNAME_ENDINGS + WORKPLACE_ENDINGS)
    return (ending and not low.endswith("person")) or first_name(word)


def common_compound(word: str, votes: Counter[str], compound: Callable[[str], bool] | None) -> bool:
    """Whether ``word``, never written capitalised inside a sentence of running text nor
    beside another name, is a compound of common words with nothing else saying it is
    used as a name: no sure evidence (a first name or title beside it, "i" or "på" before
    it), no name's mark of its own (``_name_like``). Swedish writes a compound as one word
    and capitalises it as a section heading or a contents line ("4 Omvärldsanalys... 22"),
    or after "till" in a title ("Förutsättningar till Flerårsplan"), which said no more
    than a sentence's first capital; read as names, the lead was told to key them
    (pseudo42)."""
    if compound is None or any(kind.isupper() for kind in votes):
        return False
    return not _name_like(word) and compound(word.casefold())  # last: reads the tables


def plain_pair(
    word: str,
    partners: Iterable[str],
    ordinary: Callable[[str], bool] | None,
    compound: Callable[[str], bool] | None,
) -> bool:
    """Whether every pair of capitals ``word`` stood in is two common words, one of them a
    Swedish compound of common words, neither with a name's mark: a form's headings
    "Ledamöter Ersättare", "Plats Bålstarummet", "Tjänsteutlåtande Utfärdat". Read as
    first name and surname, each was proposed for the key, and a lead who sees a list of
    ordinary words stops reading it (eyes43). English pairs of common words are left to
    the lead ("Weaver Vale", a constituency): English writes no compound as one word."""
    if ordinary is None or compound is None:
        return False

    def common(w: str) -> bool:
        return not _name_like(w) and (compound(w.casefold()) or ordinary(w.casefold()))

    pairs = [(word, partner) for partner in partners]
    return bool(pairs) and all(
        common(a) and common(b) and (compound(a.casefold()) or compound(b.casefold()))
        for a, b in pairs
    )


def sentence_openers(
    occurrences: Iterable[tuple[str, str, bool]], function: Container[str]
) -> set[tuple[str, str]]:
    """The (first word, next word) of each sentence whose first word is a function word of
    the language (``function``: the stop words) and no first name, a capital word after
    it: "When Tom was late" opens with "When", which its capital joined to the name, and
    "When Tom", "When" and "Tom" were proposed for the key (study45). Such a first word is
    no part of a name, and the word after it stands alone. Not every common word of the
    lemma tables: they hold "olle" (a sweater) and "morgan", and "Olle Thorell har frågat"
    is a whole name. ``occurrences``: each capitalised word, the word after it ("" for
    none) and whether it opens a sentence."""
    return {
        (word, after)
        for word, after, at_start in occurrences
        if at_start and after and not first_name(word) and word.casefold() in function
    }


def openers_before_names(
    occurrences: Iterable[tuple[str, str, str, bool]], ordinary: Callable[[str], bool] | None
) -> set[tuple[str, str]]:
    """The (first word, first name) of each sentence opened by an ordinary word before a
    whole name ("Later Anna Reed agreed", "Efteråt Anna Lind ringde"): the opener's capital
    joined it to the name, so "Later" was proposed as a person and, a third word in the
    run, kept "Anna Reed" from being paired as one name. Only before a first name with a
    surname after it, and only a common word with no name's mark: a list written surname
    first ("Lind Anna", two words) keeps its surname. ``occurrences``: each capitalised
    word, the capitalised words before and after it ("" for none), whether it opens a
    sentence; ``ordinary`` as ``find_names`` takes it (asked last)."""
    every = list(occurrences)
    whole = {
        (before, word)
        for word, before, after, _ in every
        if before and after and first_name(word) and not first_name(after)
    }
    return {
        (word, after)
        for word, _, after, at_start in every
        if at_start
        and (word, after) in whole
        and not _name_like(word)
        and ordinary is not None
        and ordinary(word.casefold())
    }


def body_house(low: str) -> bool:
    """Whether ``low`` is the house of a body every municipality has ("kommunhuset",
    "regionhuset"): its workplace's ending says workplace, but it names no one's, and a
    summons' "Kommunhuset" was proposed for the key (eyes43). "Björkskolan" still is."""
    ending = next((e for e in WORKPLACE_ENDINGS if low.endswith(e)), "")
    head = low[: -len(ending)] if ending else ""
    return head in NOT_NAMES or (head.endswith("s") and head[:-1] in NOT_NAMES)


def genitive_of_first_name(word: str) -> bool:
    """Whether ``word`` is a first name's genitive ("Karins", "Åsas"), not a name itself."""
    low = word.casefold()
    return low.endswith("s") and low not in FIRST_NAMES and low[:-1] in FIRST_NAMES

"""Which of the name finder's candidates are common words of the language its capitals
made look like names: a Swedish compound of common words in a heading or a contents line
("Omvärldsanalys"), and two common words side by side in a form's or a table's heading
("Ledamöter Ersättare", "Socialdirektör Controller"), which the finder had read as a first
name and a surname. ``export/names.py`` asks, last, of a word with no other evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from qualcode.export.name_words import (
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

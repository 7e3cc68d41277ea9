"""Where a place on the pseudonym key begins a Swedish compound ("Storforsmodellen" ->
"Kommun A-modellen", "Göteborgsregionen" -> "Kommun G-regionen"). A place is found there
only when written with its capital and long enough not to begin ordinary words too ("Mora"
and "Moralen"); a person's name never is ("Annandag"). Apart from ``pseudonyms.py``, which
applies the whole key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qualcode.export import name_spelling as ns
from qualcode.export.name_words import COMPOUND_HEADS

# a place begins a compound only when so written and long enough not to begin ordinary
# words too ("Mora" and "Moralen"), followed by at least two lower-case letters, a
# linking "s" dropped ("Göteborgsregionen" -> "Kommun A-regionen")
COMPOUND_MIN = 5
COMPOUND_SHORT = 3  # from here to COMPOUND_MIN, only before name_words.COMPOUND_HEADS


def compound_pattern(spellings: Iterable[str]) -> re.Pattern[str] | None:
    """The pattern of a compound begun by any of ``spellings``, longest first; ``None``
    for none. A spelling in capitals begins a compound in capitals: a heading's
    "GÖTEBORGSREGIONEN" went out as written, the leak check passing it (pseudo41); its
    name is ``compound_name``'s."""
    spelled = sorted(spellings, key=len, reverse=True)
    if not spelled:
        return None
    small = [n for n in spelled if not n.isupper()]
    capitals = [n for n in spelled if n.isupper()]
    heads = "|".join(COMPOUND_HEADS)
    # a linking s, unless it begins the word after ("Storforsskolan" is Storfors + skolan),
    # or a linking a before a listed head ("Lundaborna", "Lundagård": Lund went out there)
    link = rf"(?:s(?!kol|jukhus)|a(?=(?:{heads})))?"
    pattern = rf"({_alternatives(small, heads)}){link}(?=[^\W\d_A-ZÅÄÖ]{{2}})"
    if capitals:
        begun = _alternatives(capitals, heads.upper())
        pattern += rf"|({begun}){link.upper()}(?=[^\W\d_a-zåäö]{{2}})"
    return re.compile(rf"{ns.BEFORE}(?:{pattern})")


def _alternatives(spelled: list[str], heads: str) -> str:
    """``spelled`` as the alternatives of a pattern, a short name only before ``heads``
    (none: an alternative that never matches)."""
    return (
        "(?!)"
        if not spelled
        else "|".join(
            re.escape(n) if len(n) >= COMPOUND_MIN else rf"{re.escape(n)}(?=[saSA]?(?:{heads}))"
            for n in spelled
        )
    )


def compound_name(match: re.Match[str]) -> str:
    """The place's spelling a ``compound_pattern`` match begins with."""
    return match.group(1) or match.group(2)

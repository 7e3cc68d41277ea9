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
    for none."""
    spelled = sorted(spellings, key=len, reverse=True)
    if not spelled:
        return None
    heads = "|".join(COMPOUND_HEADS)
    alternatives = "|".join(
        re.escape(n) if len(n) >= COMPOUND_MIN else rf"{re.escape(n)}(?=s?(?:{heads}))"
        for n in spelled
    )
    # a linking s, unless it begins the word after ("Storforsskolan" is Storfors + skolan)
    return re.compile(rf"{ns.BEFORE}({alternatives})(?:s(?!kol|jukhus))?(?=[^\W\d_A-ZÅÄÖ]{{2}})")

"""A place's pseudonym that already says what kind of place it is, read in running text.

A municipality is written with the word for it: "Sundsvalls kommun", "Timrå kommun",
"Kingsmere County Council". With Sundsvall on the key as "Kommun A" these read "Kommun A:s
kommun" and "Kommun A kommun", and Kingsmere's "Municipality A County Council"; a region's
"Region Västernorrland" with "Region A" read "Region Region A". The pseudonym names the body
already, so the word beside it goes and a genitive moves onto the pseudonym: "Kommun A",
"Kommun A:s budget" (from "Sundsvalls kommuns budget"), "Municipality A's", "Region A".

Only a pseudonym whose first word is such a word ("Kommun", "Municipality", "Region") is
joined so, and only with the words of its own kind: "Ort B kommun" (a place the lead named
"Ort B") says something the pseudonym does not, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qualcode.texts import owner

# a pseudonym's first word -> the words after it that repeat it (a genitive "s" or "'s"
# on the last word is carried over), and the words before it that do
_AFTER = {
    "kommun": r"kommun",
    "municipality": (
        r"(?:(?:county|city|borough|district|metropolitan\s+borough|town|parish)\s+)?council"
        r"|municipality|municipal\s+council"
    ),
    "region": r"region(?:en)?",
}
_BEFORE = {"region": r"region(?:en)?", "municipality": r"(?:the\s+)?municipality\s+of"}
_GENITIVE = r"s|'s|\u2019s"  # a genitive on the word that goes


def unit_pattern(pseudonyms: Iterable[str]) -> re.Pattern[str] | None:
    """What joins the given place pseudonyms with the words beside them that repeat what
    they say ("Kommun A:s kommun", "Region Region A"); None when none begins so."""
    parts: list[str] = []
    for pseudo in sorted(set(pseudonyms), key=len, reverse=True):
        head = pseudo.split()[0].casefold() if pseudo.split() else ""
        if head not in _AFTER or len(pseudo.split()) < 2:
            continue
        name = re.escape(pseudo).replace(r"\ ", r"\s+")
        n = len(parts)
        after = _AFTER[head]
        parts.append(rf"(?P<p{n}>{name})(?::s|s)?[ \t]+(?:{after})(?P<g{n}>{_GENITIVE})?")
        if head in _BEFORE:
            parts.append(rf"(?:{_BEFORE[head]})[ \t]+(?P<p{n + 1}>{name})")
    if not parts:
        return None
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])", re.IGNORECASE)


def joined(match: re.Match[str]) -> str:
    """The pseudonym alone, with the genitive of the word that went ("kommuns" -> ":s")."""
    groups = match.groupdict()
    which, pseudo = next((k[1:], v) for k, v in groups.items() if k.startswith("p") and v)
    genitive = groups.get(f"g{which}") or ""
    if not genitive:
        return pseudo
    if genitive.casefold() == "s":  # Swedish: "Kommun A:s", as the key writes it
        tail = owner(pseudo, "sv")[len(pseudo) :]  # "", "s" or ":s", as the texts' rule
        return pseudo + (tail.upper() if genitive.isupper() else tail)
    return pseudo + genitive

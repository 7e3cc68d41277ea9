"""A person's first name and surname written together in the texts ("Per-Olof Lindqvist"),
found among the candidates ``find_names`` proposed, so that the key gives the whole name
one pseudonym and an export never prints "N7 N8", which read as two people (eyes8). Kept
apart from ``names.py``, which finds the candidates; this pairs them, from the same scans.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from qualcode.export.names import scanned

if TYPE_CHECKING:
    from qualcode.export.name_scan import TextNames


def full_names(
    texts: Mapping[str, str],
    words: Iterable[str],
    scans: Mapping[str, TextNames] | None = None,
) -> dict[str, tuple[str, str]]:
    """A person's first name and surname written together ("Per-Olof Lindqvist"): each of
    ``words`` (candidates) that stands next to exactly one other candidate, one space apart
    and with no third candidate beside them, mapped to that pair. A word seen beside two
    different partners (two people called Anna) or only in longer runs (a letter's heading
    listing "Jan Holmlund Therese Hagberg") is in no pair. The key then prints one
    pseudonym for the person, not "N7 N8", which read as two people (eyes8). ``scans``
    as ``find_names`` takes them."""
    known = set(words)
    partners: dict[str, set[tuple[str, str]]] = {}
    for scan in scanned(texts, scans=scans).values():
        # a run of capitalised words a space apart holds the candidates' runs: those of
        # its candidates that stand next to each other in it
        for run in scan.runs:
            at = 0
            while at < len(run):
                if run[at] not in known:
                    at += 1
                    continue
                end = at
                while end < len(run) and run[end] in known:
                    end += 1
                if end - at == 2:
                    pair = (run[at], run[at + 1])
                    for word in pair:
                        partners.setdefault(word, set()).add(pair)
                at = end
    pairs = {w: next(iter(p)) for w, p in partners.items() if len(p) == 1}
    # a pair whose two words are both in it alone: "Anna Berg" and "Berg Anna" stay apart
    return {w: p for w, p in pairs.items() if all(pairs.get(x) == p for x in p)}


# a surname's particle, small ("af Klint", "von Essen", "van der Berg", "de la Cruz")
_PARTICLE = r"(?:af|von|van|de|der|den|da|di|du|la|le)(?:[ \u00a0](?:der|den|la|le))?"


def particle_names(texts: Mapping[str, str], words: Iterable[str]) -> dict[str, str]:
    """Each of ``words`` (candidates) that the texts write before a particle and a
    capitalised surname ("Anna af Klint", "Hans von Essen"), mapped to that whole name
    where it is always the same one. Read word by word the surname was no candidate (a
    word, "klint"; a place, Essen) and the key held "Anna" alone: "N2 af Klint" went out."""
    import re

    wanted = sorted({w for w in words if w[:1].isupper()}, key=len, reverse=True)
    if not wanted:
        return {}
    pattern = re.compile(
        rf"(?<![\w-])({'|'.join(re.escape(w) for w in wanted)})[ \u00a0]{_PARTICLE}"
        r"[ \u00a0][A-ZÅÄÖÉÜ][\w'’-]+"
    )
    wholes: dict[str, set[str]] = {}
    for text in texts.values():
        for found in pattern.finditer(text):
            wholes.setdefault(found.group(1), set()).add(" ".join(found.group().split()))
    return {w: next(iter(names)) for w, names in wholes.items() if len(names) == 1}


def joined_people(
    scans: Mapping[str, TextNames], kinds: Mapping[str, str]
) -> dict[str, tuple[str, str] | None]:
    """Two people named together, "Anna Reed and Tom Reed", "Anna Lind och Tom Lind" (or with
    the surname written once, "Anna and Tom Reed", which the scan keeps as the four): each
    side of the and/och is a person's whole name where every word of both is a candidate
    (``kinds``: candidate to the kind ``find_names`` gave it) of a person or of no kind yet,
    and one word says person (its kind, a first name). ``full_names`` pairs a word with one
    partner only, so the surname both share left both names unpaired: they were proposed as
    the words "Anna", "Reed" and "Tom" (Tom as ``other``: in no list of first names), and
    no whole name was keyed. Each word of the sides, to its side where no other run of
    candidates holds it (her first name alone is that person), else to None (the surname
    two sides share): every one of them a person's."""
    from qualcode.export.name_words import first_name

    sides: set[tuple[str, ...]] = set()
    for scan in scans.values():
        for words in scan.joined:
            if not all(kinds.get(w) in ("person", "other") for w in words):
                continue
            if any(kinds[w] == "person" or first_name(w) for w in words):
                sides |= {words[:2], words[2:]}
    wanted = {w for side in sides for w in side}
    held: dict[str, set[tuple[str, ...]]] = {}  # a side's word: the candidates' runs holding it
    for scan in scans.values():
        for run in scan.runs:
            stretch: list[str] = []
            for word in (*run, ""):  # the candidates' stretches of the run ("Later" aside)
                if word in kinds:
                    stretch.append(word)
                    continue
                for held_word in set(stretch) & wanted:
                    held.setdefault(held_word, set()).add(tuple(stretch))
                stretch = []
    # a word of two sides (the surname both share) is neither's; a word in no run of
    # candidates ("Anna" of "Anna and Tom Reed") only its side holds
    sides_of: dict[str, set[tuple[str, ...]]] = {}
    for side in sides:
        for word in side:
            sides_of.setdefault(word, set()).add(side)
    return {
        w: (side[0], side[1]) if len(of) == 1 and held.get(w, of) == of else None
        for w, of in sides_of.items()
        for side in of
    }

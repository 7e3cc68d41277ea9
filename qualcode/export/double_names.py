"""A double-barrelled name ("Öberg-Lind", "Lind-Öberg") read whole by the pseudonym key.

The key finds a name as a word that a hyphen may follow, since file names join a name to
other words so ("elin-intervju.txt", "anna-berg.docx"). A double surname whose one part is
on the key (Anna Öberg's "Öberg") was then replaced in part: "Öberg-Lind" went out as
"IP2-Lind", keeping half a real name beside a participant's pseudonym, and anyone knowing
the team read who IP2 was. People write a double surname in part as often as whole, so a
run of capitalised words joined by hyphens, one of them a person's name on the key, is that
person's name whole: "IP2", "IP2:s" for the genitive "Öberg-Linds", in capitals where the
run was ("ÖBERG-LIND" -> "IP2"). A run the key holds whole is the key's own entry; a run
naming two people of the key, or a place ("Åby-Borås", two places joined), is left to the
key's word-by-word reading; so is a run with a word in small letters ("Åby-modellen",
"Elin-intervju"), which is a compound or a file name, not a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache

from qualcode.export.name_words import SURNAME_ENDINGS
from qualcode.texts import owner

# a letter, or a mark that combines with the letter before it (a Mac's decomposed "Ö")
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f])"
# a word of a name: letters, with an inner apostrophe before two letters or more ("O'Neill";
# never the English genitive "'s", which stays outside the run: "Öberg-Lind's")
_PART = rf"{_LETTER}+(?:['\u2019]{_LETTER}{{2,}})*"
RUN = re.compile(rf"(?<![\w'\u2019-]){_PART}(?:-{_PART})+(?![\w\u0300-\u036f-])")
# what a run's words are made of, read leftwards from a hyphen to where the run may begin
_IN_RUN = frozenset("-'\u2019")


@lru_cache(maxsize=256)
def _runs_pattern(runs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(run) for run in runs)
    return re.compile(rf"(?<![\w'\u2019-])(?:{alternatives})(?![\w\u0300-\u036f-])")


class DoubleNames:
    """Which hyphenated runs of a text are a keyed person's name whole, and what they read.

    ``pseudo``: the key's folded names -> pseudonyms; ``places``: the folded places and
    workplaces on the key; ``fold``: how the key compares names (``name_spelling.fold``)."""

    def __init__(
        self, pseudo: Mapping[str, str], places: Collection[str], fold: Callable[[str], str]
    ) -> None:
        self._pseudo = pseudo
        self._places = places
        self._fold = fold

    def _parts(self, run: str) -> list[str]:
        return unicodedata.normalize("NFC", run).split("-")

    def _owner(self, run: str) -> str | None:
        """The one pseudonym the run's keyed words give, or None where it is not one
        person's name in part."""
        if self._fold(run) in self._pseudo:
            return None  # on the key whole: the key's own entry reads it
        parts = self._parts(run)
        if not all(p[:1].isupper() for p in parts):
            return None  # "Åby-modellen", "Elin-intervju": a compound, a file name
        owners: set[str] = set()
        for part in parts:
            folded = self._fold(part)
            if folded in self._places:
                return None  # "Åby-Borås": places joined, each read by the key alone
            if folded in self._pseudo:
                owners.add(self._pseudo[folded])
            elif part is parts[-1] and _genitive(part) and self._fold(part[:-1]) in self._pseudo:
                owners.add(self._pseudo[self._fold(part[:-1])])
        return next(iter(owners)) if len(owners) == 1 else None

    def pattern_for(self, text: str) -> re.Pattern[str] | None:
        """The runs of ``text`` that are a keyed person's double name, as one pattern; None
        where there is none. Only the text's hyphens are looked at: ``RUN`` tried at every
        letter of a 200k-coding export added a third to the key's time."""
        found: set[str] = set()
        end = 0
        at = text.find("-")
        while at != -1:
            if at >= end:
                start = at
                while start and (
                    text[start - 1].isalpha()
                    or text[start - 1] in _IN_RUN
                    or unicodedata.combining(text[start - 1])
                ):
                    start -= 1
                run = RUN.match(text, start)
                if run is not None and run.end() > at:
                    end = run.end()
                    if not self.skip(run):
                        found.add(run.group())
            at = text.find("-", at + 1)
        return _runs_pattern(tuple(sorted(found, key=len, reverse=True))) if found else None

    def skip(self, match: re.Match[str]) -> bool:
        """Whether ``match`` (of ``RUN``) is not a keyed person's double name."""
        return self._owner(match.group()) is None

    def whole(self, match: re.Match[str]) -> str:
        """The pseudonym printed for the whole run ``match``, in its case and genitive."""
        run = match.group()
        pseudo = self._owner(run) or run
        if self._genitive_of(run, match.string):
            pseudo = owner(pseudo, "sv")
        if run.isupper():
            return pseudo.upper()
        return pseudo

    def _genitive_of(self, run: str, text: str) -> bool:
        """Whether ``run``'s last "s" is a Swedish genitive's, on evidence: the key holds
        the word without it ("Lind-Öbergs"), the word ends as a Swedish surname does
        ("Öberg-Linds", "-Lindqvists"), or ``text`` writes the run without it too. An
        English surname ends in "s" of its own: "Öberg-Griffiths sa nej" went out as
        "IP2:s sa nej", a possessive no one wrote (pseudo46)."""
        last = self._parts(run)[-1]
        if not _genitive(last) or self._fold(last) in self._pseudo:
            return False
        stem = last[:-1]
        if self._fold(stem) in self._pseudo or stem.casefold().endswith(SURNAME_ENDINGS):
            return True
        alone = re.compile(rf"(?<![\w'\u2019-]){re.escape(run[:-1])}(?![\w\u0300-\u036f-])")
        return alone.search(text) is not None


def _genitive(word: str) -> bool:
    """Whether a name's last word reads as a Swedish genitive ("Linds", "Lindqvists"), not
    as a name ending in s ("Ross", "Elias", "Lindfors"), which takes no ":s" after it."""
    low = word.casefold()
    return (
        len(low) > 2
        and low.endswith("s")
        and low[-2] not in _NOT_BEFORE_S
        and not low.endswith("fors")
    )


# a name ending in s after these is its own (Ross, Marx, Elias, Jonas, Ros), no genitive
_NOT_BEFORE_S = "sxzaeiouyåäöéü"

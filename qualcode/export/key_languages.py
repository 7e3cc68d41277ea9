"""One rule for the words of a place's pseudonym qualcode proposed, in every export.

qualcode proposes "Kommun A" / "Municipality A", "Ort B" / "Place B" for places, in the
project's language; a pseudonym the lead typed is printed as typed everywhere. A proposed
one reads in the words of the text it stands in (pseudo41):

- the participants' words (a quote, a coded passage, a transcript) in their document's
  language, a translation in its own: in an English summary a Swedish quote's original
  keeps "i Kommun A" and its English translation says "in Municipality A";
- a text a researcher wrote (a memo, a rationale, a comment) in the language its words
  are plainly in, else in the export's;
- whatever qualcode writes around them (headings, citations, the municipality column and
  the counts by it, a document's name) in the export's language, or the project's for a
  file written in none (the codings table, the .qdpx).

Before, only the memos export read a text's own language: the English summary printed a
Swedish original as "Vi i Municipality A", and the .qdpx, written in English unless told,
a Swedish transcript so too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key


class KeyLanguages:
    """The one key in each language an export needs, made when first asked for and kept,
    with the reading of a researcher's text's language (``lean``: None when it is not
    plain from its words)."""

    def __init__(self, key_in: Callable[[str], Key], lean: Callable[[str], str | None]) -> None:
        self._key_in = key_in
        self.lean = lean
        self._keys: dict[str, Key] = {}

    def key(self, lang: str) -> Key:
        """The key printing a proposed place in ``lang``'s words."""
        if lang not in self._keys:
            made = self._key_in(lang)
            made.languages = self  # it asks here too: one key per language
            self._keys[lang] = made
        return self._keys[lang]

    def holds(self, lang: str, key: Key) -> None:
        """Keep ``key`` as ``lang``'s (the export's own, already made)."""
        self._keys[lang] = key

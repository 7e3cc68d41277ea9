"""What the tests of which words `pseudonym suggest` proposes as names share: the words
``find_names`` proposes in one text, with the real lemma tables read once per run. Two
test files (headings, a debate's titles) wrote the fixture and the helper out alike
(duplicates D3 of stop 48's reading)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from qualcode.export.names import find_names
from qualcode.project.common_words import ordinary_words


@lru_cache(maxsize=1)
def _ordinary() -> Callable[[str], bool]:
    return ordinary_words()


def names_found(text: str) -> set[str]:
    """The words proposed as names in ``text``, a document of its own."""
    return {c.word for c in find_names({"doc.txt": text}, (), _ordinary())}

"""Whether an English word is mostly written in lower case: an ordinary word ("health",
"care", "housing") rather than a name ("Leeds", "Margaret").

Read from spacy-lookups-data's English word probabilities (``en_lexeme_prob``), which
count "health" and "Health" apart. The lemma tables the pseudonym suggestion asks first
list a word only where it inflects, so "health" was no ordinary word there, and "worked
in Health" proposed the sector as a place. The file is read once per process, and only
when a word is asked about. Its words stand most probable first, and only the common ones
can answer (a rarer lower-case form is no ordinary word, and a capitalised form rarer than
a common one loses to it), so only those are kept: the file's first 16,000 words, 0.4 MB of
its 30. A word the file lacks ("Harrowfield", most names) was a 25 ms search through all of
it; in the common words it is a fraction of a millisecond.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache

COMMON = -13.0  # log probability: "housing" -11.1, "wellbeing" -14.0, "harrowfield" absent
# one entry of the JSON object: its word (escapes and all) and its log probability
_ENTRY = re.compile(r'"((?:[^"\\]|\\.)*)":\s*(-?[\d.]+(?:[eE][-+]?\d+)?)')


@lru_cache(maxsize=1)
def _table() -> str:
    """The probability file's common words ('"word":-9.29,' a line, down to ``COMMON``),
    or "" without the file."""
    text = _file_text()
    for entry in _ENTRY.finditer(text):  # most probable first: cut at the first rare word
        if float(entry.group(2)) < COMMON:
            return text[: entry.start()]
    return text


def _file_text() -> str:
    """The whole probability file's text, or "" without it."""
    try:
        import spacy_lookups_data

        tables = getattr(spacy_lookups_data, "en", None)
        source = tables.get("lexeme_prob") if isinstance(tables, dict) else None
        if source is None:
            return ""
        if not source.is_file():  # the package names the file without its ".gz"
            source = source.with_name(source.name + ".gz")
        raw = source.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        return raw.decode("utf-8")
    except (ImportError, OSError, ValueError):
        return ""


def _probability(word: str) -> float | None:
    found = re.search(rf'"{re.escape(word)}":\s*(-?[\d.]+(?:[eE]-?\d+)?)', _table())
    return float(found.group(1)) if found else None


@lru_cache(maxsize=4096)
def mostly_lower(word: str) -> bool:
    """Whether English writes ``word`` in lower case more often than capitalised, and
    often: "Health" and "Care" yes; "Leeds", "London", "Smith", "March" no; "Reading" and
    "Bath" yes (a town named by an ordinary word reads as the word here)."""
    lower = _probability(word.lower())
    if lower is None or lower < COMMON:
        return False
    upper = _probability(word[:1].upper() + word[1:].lower())
    return upper is None or lower > upper

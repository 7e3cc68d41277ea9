"""One word's lemma and one lemma's forms in spaCy's lookup table, found in the table's
text instead of a parsed table.

A search asks the table two things per word: its lemma, and the forms listed under a lemma.
Parsing the Swedish table into a dict (660,000 entries) cost 0.31 s CPU of every
`qualcode search`, doubling the whole process on the demo; its text (spacy-lookups-data's
JSON, one ``"form": "lemma",`` a line) is read in a third of that and each question is a
string search over it (about 0.01 s). Where the package's file reads differently (escapes,
another layout, no file), the engine's parsed table (``lemma_table``) answers instead.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

_LINE_START = '\n    "'
_BETWEEN = '": "'


def lemma_of(word: str, lang: str) -> str | None:
    """The lookup table's lemma of ``word`` (as the table writes it), or None."""
    text = _table_text(lang)
    if text is None:
        from qualcode.nlp.normalise import lemma_table

        table = lemma_table(lang)
        return table.get(word) if table is not None else None
    key = _LINE_START + word + _BETWEEN
    at = text.find(key)
    if at < 0:
        return None
    start = at + len(key)
    return text[start : text.find('"', start)]


def forms_of(lemmas: frozenset[str], lang: str) -> dict[str, frozenset[str]]:
    """The forms the lookup table lists under each of ``lemmas`` (*gå*: *gick*, *gått*)."""
    text = _table_text(lang)
    found: dict[str, set[str]] = {}
    if text is None:
        from qualcode.nlp.normalise import lemma_table

        for form, lemma in (lemma_table(lang) or {}).items():
            if lemma in lemmas:
                found.setdefault(lemma, set()).add(form)
    else:
        for lemma in lemmas:
            value = _BETWEEN + lemma + '"'
            at = text.find(value)
            while at >= 0:
                line = text.rfind(_LINE_START, 0, at) + len(_LINE_START)
                found.setdefault(lemma, set()).add(text[line:at])
                at = text.find(value, at + len(value))
    return {lemma: frozenset(forms) for lemma, forms in found.items()}


def table_file(lang: str) -> Path | None:
    """The file of ``lang``'s lookup lemma table as spacy-lookups-data ships it (the
    package names it without its ".gz"), or None where the package or the table is not
    there. Read as text here and named in the key of the kept common-word list
    (``word_list``): one place finds it for both."""
    try:
        import spacy_lookups_data
    except ImportError:
        return None
    tables = getattr(spacy_lookups_data, lang, None)
    source = tables.get("lemma_lookup") if isinstance(tables, dict) else None
    if not isinstance(source, Path):
        return None
    return source if source.is_file() else source.with_name(source.name + ".gz")


@lru_cache(maxsize=4)
def _table_text(lang: str) -> str | None:
    """The lookup table of ``lang`` as spacy-lookups-data ships it, when it is laid out one
    plain entry a line; None otherwise (then the parsed table answers)."""
    source = table_file(lang)
    if source is None:
        return None
    try:
        raw = source.read_bytes()
        text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    except (OSError, ValueError, EOFError):
        return None
    # an escape other than JSON's "\/" (a handful of Swedish entries) would hide a letter
    # from the search; entries with a slash are no word a search asks about
    if text.count("\\") != text.count("\\/") or not text.startswith("{" + _LINE_START):
        return None
    return text

"""spaCy pipelines per language, built in code (no model downloads exist here), and the
lookup lemma tables, each loaded at most once per process."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer

TRAINED = {"sv": "sv_core_news_sm", "en": "en_core_web_sm"}
# Abbreviations of English reports and debates that spaCy's English tokenizer leaves apart
# from their full stop, so its sentencizer ended a sentence inside "the hon. Member", "the
# Rt. Hon. Member", "Cllr. Smith", "(para. 4)", "approx. 5 per cent", "the Dept. of
# Health". Kept whole, as spaCy keeps "Mr." and "Dr.". None ends a sentence in practice
# (unlike "etc." or "no."); Swedish is left alone (its "hon." is "she").
ABBREVIATIONS = {
    "en": (
        *("hon.", "Hon.", "Rt.", "Cllr.", "Cllrs.", "Cttee.", "Govt.", "govt.", "Dept.", "dept."),
        *("para.", "paras.", "Para.", "Paras.", "approx.", "Approx.", "cf.", "ibid.", "Ibid."),
        *("incl.", "esp.", "Fig.", "fig.", "Vol.", "vol.", "pp.", "Sec.", "Ch."),
    )
}


@lru_cache(maxsize=4)
def get_pipeline(lang: str) -> Language:
    """Tokenizer, sentencizer and lookup lemmatizer; a trained pipeline when installed."""
    import spacy

    if spacy.util.is_package(TRAINED.get(lang, "")):
        return _keep_abbreviations(_suffixes_near_the_end(spacy.load(TRAINED[lang])), lang)
    nlp = _keep_abbreviations(_suffixes_near_the_end(spacy.blank(lang)), lang)
    nlp.add_pipe("sentencizer")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except (ValueError, OSError):  # no lookup tables for this language
        nlp.remove_pipe("lemmatizer")
    return nlp


@lru_cache(maxsize=4)
def get_segmenter(lang: str) -> Language:
    """Tokenizer and sentencizer only: the fast path for computing units at import."""
    import spacy

    nlp = _keep_abbreviations(_suffixes_near_the_end(spacy.blank(lang)), lang)
    nlp.add_pipe("sentencizer")
    return nlp


SUFFIX_TAIL = 200  # characters; spaCy's suffixes are a few, or a run of one mark ("...")


def _suffixes_near_the_end(nlp: Language) -> Language:
    """The tokenizer looks for a word's suffix among its last ``SUFFIX_TAIL`` characters,
    and in the whole word only where one may begin before them. spaCy's suffix pattern
    ends in '$' and is searched from the word's first character, once for every suffix it
    takes off, so a run of marks without a space ('!!!', '?)', '…' 20,000 times in a
    transcript) cost its length squared: 26 s CPU to import 20,000 '!' (red team 40).
    Searched from ``SUFFIX_TAIL`` before the end (lookbehinds still see the characters
    before it), a match found there is the one the whole search finds, unless it begins
    right at that point, when the whole word is searched as before: the same tokens."""
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer; typed as any callable
    search = tokenizer.suffix_search
    pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern):
        return nlp  # not a compiled pattern's search: left as it is

    def suffix_search(word: str) -> re.Match[str] | None:
        start = len(word) - SUFFIX_TAIL
        if start <= 0:
            return pattern.search(word)
        found = pattern.search(word, start)
        if found is not None and found.start() == start:  # it may begin further back
            return pattern.search(word)
        return found

    tokenizer.suffix_search = suffix_search
    return nlp


def _keep_abbreviations(nlp: Language, lang: str) -> Language:
    """The tokenizer keeps each of the language's ``ABBREVIATIONS`` one token with its
    full stop, so no sentence ends there."""
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer; typed as any callable
    for abbreviation in ABBREVIATIONS.get(lang, ()):
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp


@lru_cache(maxsize=8)
def lemma_lookup(lang: str) -> Mapping[str, str] | None:
    """The lookup lemmatizer's table for ``lang`` as a plain dict, or None without one.

    Read straight from spacy-lookups-data's file: building a spaCy pipeline with a lookup
    lemmatizer only to read its table cost three seconds a language (spaCy's import and
    its hashed table), the file itself about half a second. Falls back to the pipeline's
    table (keyed by hashes, so it can be looked up but not listed) when the data package is
    laid out differently.
    """
    try:
        import spacy_lookups_data

        tables = getattr(spacy_lookups_data, lang, None)
        source = tables.get("lemma_lookup") if isinstance(tables, dict) else None
        if source is not None:
            if not source.is_file():  # the package names the file without its ".gz"
                source = source.with_name(source.name + ".gz")
            raw = source.read_bytes()
            if str(source).endswith(".gz") or raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            table = json.loads(raw)
            if isinstance(table, dict):
                return table
    except (ImportError, OSError, ValueError):
        pass
    nlp = get_pipeline(lang)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = cast("Lemmatizer", nlp.get_pipe("lemmatizer")).lookups
    return lookups.get_table("lemma_lookup") if lookups.has_table("lemma_lookup") else None

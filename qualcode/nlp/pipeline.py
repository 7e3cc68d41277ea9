"""spaCy pipelines per language, built in code (no model downloads exist here), and the
lookup lemma tables, each loaded at most once per process."""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer

TRAINED = {"sv": "sv_core_news_sm", "en": "en_core_web_sm"}


@lru_cache(maxsize=4)
def get_pipeline(lang: str) -> Language:
    """Tokenizer, sentencizer and lookup lemmatizer; a trained pipeline when installed."""
    import spacy

    if spacy.util.is_package(TRAINED.get(lang, "")):
        return spacy.load(TRAINED[lang])
    nlp = spacy.blank(lang)
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

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
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

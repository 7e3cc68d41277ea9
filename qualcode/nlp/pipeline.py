"""spaCy pipelines per language, built in code (no model downloads exist here)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

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

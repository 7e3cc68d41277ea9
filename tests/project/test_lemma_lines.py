"""The lookup table read as text (``lemma_lines``) answers as the engine's parsed table
(``lemma_table``) does: the same lemma of a word, the same forms under a lemma."""

from __future__ import annotations

import pytest

from qualcode.nlp.normalise import lemma_table
from qualcode.project.lemma_lines import _table_text, forms_of, lemma_of

WORDS = {
    "sv": ("ärendet", "barnen", "gick", "placeringarna", "socialsekreterare", "städer", "in"),
    "en": ("children", "went", "services", "meetings", "caseload", "better"),
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_text_and_the_parsed_table_agree(lang: str) -> None:
    assert _table_text(lang) is not None  # the package's file is read as text, not parsed
    table = lemma_table(lang)
    assert table is not None
    for word in WORDS[lang]:
        assert lemma_of(word, lang) == table.get(word)
    lemmas = frozenset(table[w] for w in WORDS[lang] if w in table)
    listed: dict[str, set[str]] = {}
    for form, lemma in table.items():
        if lemma in lemmas:
            listed.setdefault(lemma, set()).add(form)
    assert forms_of(lemmas, lang) == {lemma: frozenset(f) for lemma, f in listed.items()}
    assert lemma_of("qxzv", lang) is None and forms_of(frozenset({"qxzv"}), lang) == {}

"""A turn that can hold one sentence only is cut without spaCy (units._one_sentence): a
document of many short paragraphs ('Mm.', 'Ja.') spent most of its import building a spaCy
document per paragraph. These check that the short cut answers what spaCy's sentencizer
does, span by span and for whole documents, so the units stored do not change."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from qualcode.ingest import find_turns
from qualcode.model import Unit
from qualcode.nlp.pipeline import get_segmenter
from qualcode.nlp.units import _chunks, _one_sentence, _sentences, join_pieces, segment

# letters, spaces and line breaks, sentence ends of several scripts, other punctuation,
# brackets, digits and whitespace spaCy reads as a token of its own
ALPHABET = "aJm Å\n\n..!?…。։؟;:,-()[]\"'12\xa0\t"
SHORT = st.text(alphabet=ALPHABET, max_size=14)


def by_spacy(text: str, lang: str) -> list[Unit]:
    """Units as they were before the short cut: every span through spaCy."""
    nlp = get_segmenter(lang)
    spans = [p for t in find_turns(text) for p in _chunks(text, t.start, t.end)]
    bounds = [b for s, e in spans for b in join_pieces(text, _sentences(text, s, nlp(text[s:e])))]
    return [Unit(i, s, e) for i, (s, e) in enumerate(bounds)]


@settings(max_examples=400, deadline=None)
@given(SHORT, st.sampled_from(["sv", "en"]))
@example("Mm.", "sv")
@example("  Ja ! \n", "sv")
@example("Nå。", "sv")
@example("Ja.)", "sv")
@example("(Ja.)", "sv")
@example("hon.", "en")
@example("Ja\xa0.\xa0", "sv")
@example("...", "sv")
@example(" \n ", "sv")
def test_the_short_cut_answers_what_spacy_does(span: str, lang: str) -> None:
    nlp = get_segmenter(lang)
    answer = _one_sentence(nlp)(span, 0, len(span))
    if answer is not None:
        assert answer == _sentences(span, 0, nlp(span))


def test_plain_short_paragraphs_take_the_short_cut() -> None:
    single = _one_sentence(get_segmenter("sv"))
    text = "x Mm.\n\nJa!?\n\n  Exakt  \n\nDet var så. Sen kom hon."
    assert single(text, 2, 5) == [(2, 5)]
    assert single(text, 7, 10) == [(7, 10)]
    assert single(text, 12, 22) == [(15, 20)]
    assert single(text, 23, len(text)) is None  # two sentences: spaCy cuts it


@settings(max_examples=60, deadline=None)
@given(st.lists(SHORT, min_size=1, max_size=30), st.sampled_from(["sv", "en"]))
def test_a_document_of_short_paragraphs_gets_the_units_spacy_gave(
    paragraphs: list[str], lang: str
) -> None:
    text = "\n\n".join(paragraphs)
    assert segment(text, find_turns(text), lang) == by_spacy(text, lang)


def test_a_minutes_like_document_gets_the_units_spacy_gave() -> None:
    lines = ["Mm.", "Ja.", "1.", "Bakgrund", "[skratt]", "Antal:\n12", "Ja. [skratt] Så", "--"]
    text = "\n\n".join(lines * 5 + ["I: Hur var det?\nR: Det var tufft... Mm. (paus) Ja."])
    assert segment(text, find_turns(text), "sv") == by_spacy(text, "sv")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET + "Hej då. Vi ses! ", max_size=60), st.sampled_from(["sv", "en"]))
@example("Hej.  Då?\n\n Ja. ", "sv")
def test_sentences_sliced_from_the_text_are_spacy_s(text: str, lang: str) -> None:
    """units._sentences slices each sentence from the text by its bounds; spaCy's own
    ``Span.text`` (what it read before) gives the same pieces."""
    doc = get_segmenter(lang)(text)
    spacy_s = []
    for sent in doc.sents:
        body = sent.text.strip()
        if body:
            start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
            spacy_s.append((start, start + len(body)))
    assert _sentences(text, 0, doc) == spacy_s

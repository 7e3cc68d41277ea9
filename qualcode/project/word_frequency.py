"""Word frequencies: the words said most, across documents or in a code's passages.

What NVivo's word frequency query, ATLAS.ti's word list and MAXQDA's word frequencies give
a team getting to know its interviews (the first phase of thematic analysis) and checking
a code: which words carry the talk. Only words that can carry content are counted: the
language's stop words, a transcriber's marks ("[skratt]"), hesitations and words of two
letters are left out, per document language, as the suggestion engine reads content, and
a few words of talk that top every interview ("tror", "faktiskt"). Words
are counted as written, lower-cased ("arbetsmiljön" and "arbetsmiljö" apart), so a
frequent word leads straight to a text search; with ``base_forms`` (the TUI's `W`) an
inflected form is counted under its base form from the language's lookup lemma table
("years" as "year", "ärenden" as "ärende": the list read "year" and "years" as two words,
eyes43), and a text search of the base form finds its forms again. Only what was said
counts (the speaker turns), and ``respondents`` leaves the interviewer's questions out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from qualcode.errors import ValidationError
from qualcode.project.api_arguments import require_filter
from qualcode.project.base import Service
from qualcode.project.retrieval import attribute_filter
from qualcode.project.speaker_filter import respondent_labels
from qualcode.reconcile.cases import join_overlaps

MAX_TOP = 10_000
# spoken words that top every interview's list and say nothing of its topics, beyond the
# stop words and hesitations the suggestion engine already leaves out
TALK = {
    "sv": frozenset(("sen", "tror", "faktiskt", "väldigt", "lite", "sa", "säger", "säga")),
    "en": frozenset(("think", "really", "just", "know", "lot", "thing", "things", "yes")),
}


@dataclass(frozen=True, slots=True)
class WordCount:
    """A word, how often it was said and in how many documents."""

    word: str
    count: int
    documents: int


class WordFrequencyMixin(Service):
    def word_frequencies(
        self,
        *,
        docs: Collection[str] | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
        code: str | None = None,
        viewer: str | None = None,
        respondents: bool = False,
        top: int = 50,
        doc_set: str | None = None,
        base_forms: bool = False,
    ) -> list[WordCount]:
        """The ``top`` words said most (ties by the number of documents, then
        alphabetically) in the chosen documents, or with ``code`` only in the passages
        coded with it that ``viewer`` may read (blind coding holds: a coder counts her own
        passages). ``respondents`` counts only what the interviewees said (every one of a
        pair interview; a text without speakers whole); ``doc_set``
        (a document set's name) narrows the documents as ``docs`` does. The words are
        as stored; a report prints them through the pseudonym key (``report_words``).
        ``base_forms``: an inflected form counted under its base form (``base_form``)."""
        counts, where = self._word_counts(
            docs, attributes, code, viewer, respondents, top, doc_set, base_forms
        )
        return _ranked(counts, where, top)

    def report_words(
        self,
        *,
        docs: Collection[str] | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
        code: str | None = None,
        viewer: str | None = None,
        respondents: bool = False,
        top: int = 50,
        doc_set: str | None = None,
        real_names: bool = False,
        names_in: str | None = None,
    ) -> list[WordCount]:
        """``word_frequencies`` as a report prints it (``qualcode report words``): each
        word through the pseudonym key, so a name said in the talk ("vår chef Torbjörn")
        is counted under its pseudonym, never printed, and the words one pseudonym stands
        for (a first name and a surname) are counted together, in the documents of any
        of them. A lead's ``real_names`` copy counts the words as said. The TUI's search
        screen, a view of the stored text, lists them as said (``word_frequencies``).
        ``names_in``: the language a proposed place pseudonym reads in (the CLI's, English)."""
        key = self.pseudonym_key(real_names, viewer, names_in)
        counts, where = self._word_counts(docs, attributes, code, viewer, respondents, top, doc_set)
        if not key:
            return _ranked(counts, where, top)
        shown: Counter[str] = Counter()
        shown_where: dict[str, set[str]] = {}
        for word, n in counts.items():
            printed = key.said(word)  # the talk's words: no coder's name
            capital = word[:1].upper() + word[1:]
            if printed == word and key.leaks(capital):
                # counted in lower case, a name the key takes only as written with a capital
                # (a surname of a whole name on the key, "Rask"; a name that is a word,
                # "Sten") went out as said: "rask", "sten" (pseudo36)
                printed = key.said(capital)
            shown[printed] += n
            shown_where.setdefault(printed, set()).update(where[word])
        return _ranked(shown, shown_where, top)

    def _word_counts(
        self,
        docs: Collection[str] | None,
        attributes: Mapping[str, str | Collection[str]] | None,
        code: str | None,
        viewer: str | None,
        respondents: bool,
        top: int,
        doc_set: str | None,
        base_forms: bool = False,
    ) -> tuple[Counter[str], dict[str, set[str]]]:
        """Every content word of the chosen talk: how often it was said and where."""
        from qualcode.nlp.normalise import content_words

        if not 1 <= top <= MAX_TOP:
            raise ValidationError(f"word frequencies: top is 1 to {MAX_TOP}")
        require_filter(docs, "word frequencies: docs")  # as a search's (minor48b)
        everything = self.documents()
        keep = attribute_filter(everything, attributes)
        chosen = {d.id: d for d in everything if keep(d)}
        if docs:
            wanted = {self.store.documents.resolve(ref) for ref in docs}
            chosen = {i: d for i, d in chosen.items() if i in wanted}
        if (in_set := self.set_members(doc_set)) is not None:
            chosen = {i: d for i, d in chosen.items() if i in in_set}
        # every interviewee: the label said most alone left a pair interview's second
        # participant (IP3b) out of the words the interviewees said (study46)
        asking = self.interviewer_labels() if respondents else {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for doc_id in chosen:
            turns = self.turns(doc_id)
            # a text no one speaks in (a policy document) is counted whole (review46)
            labels = respondent_labels(turns, asking.get(doc_id, set())) if respondents else None
            said = [t for t in turns if labels is None or t.speaker in labels]
            spans[doc_id] = [(t.start, t.end) for t in said] if turns else [(0, -1)]
        if code is not None:
            if viewer is None:
                raise ValidationError("word frequencies of a code: say who reads (viewer)")
            coded: dict[str, list[tuple[int, int]]] = {}
            for passage in self.retrieve(code, viewer):
                c = passage.coding
                for start, end in spans.get(c.document_id, []):
                    lo, hi = max(start, c.start), min(end if end >= 0 else c.end, c.end)
                    if lo < hi:
                        coded.setdefault(c.document_id, []).append((lo, hi))
            spans = coded
        counts: Counter[str] = Counter()
        where: dict[str, set[str]] = {}
        texts = self.document_texts(list(spans))
        for doc_id, parts in spans.items():
            text, lang = texts[doc_id], chosen[doc_id].lang
            counted = _base_forms(lang) if base_forms else _as_written
            # overlapping passages (two coders' of one code) read once: no word counted
            # twice; an ``end`` of -1 stands for the end of the text
            whole = [(s, len(text) if e < 0 else e) for s, e in parts]
            for start, end in join_overlaps(whole):
                for word in content_words(text[start:end], lang):
                    if word in TALK.get(lang, ()):
                        continue
                    word = counted(word)
                    counts[word] += 1
                    where.setdefault(word, set()).add(doc_id)
        return counts, where


def _as_written(word: str) -> str:
    return word


def _base_forms(lang: str) -> Callable[[str], str]:
    """``base_form`` in ``lang``'s lemma table; as written where the language has none."""
    from qualcode.nlp.normalise import lemma_table

    table = lemma_table(lang)
    if table is None:
        return _as_written
    return lambda word: base_form(word, lang, table)


def base_form(word: str, lang: str, table: Mapping[str, str]) -> str:
    """``word``'s lemma in the lookup ``table`` where the lemma is the same word inflected,
    else ``word``. The table also lists a word under another it merely resembles or
    replaces ("housing" under "house", "data" under "datum", "better" under "well"), which
    a researcher reading a word list must never see merged; so English takes only a
    plural or third person's -s ("years", "services", "countries"), and other languages
    a form that is its lemma with an ending ("ärenden", "kommunerna", "tycker" under
    "tycka"), the lemma's last letter free to change."""
    lemma = (table.get(word) or "").lower()
    if not lemma or lemma == word or len(lemma) < 3:
        return word
    if lang == "en":
        plural = (lemma + "s", lemma + "es", lemma[:-1] + "ies")
        return lemma if word in plural else word
    kept = word.startswith(lemma[:-1]) and 0 < len(word) - len(lemma) + 1 <= 6
    return lemma if kept else word


def _ranked(counts: Counter[str], where: dict[str, set[str]], top: int) -> list[WordCount]:
    """The ``top`` words, most said first, then said in most documents, then by spelling."""
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], -len(where[wc[0]]), wc[0]))
    return [WordCount(w, n, len(where[w])) for w, n in ranked[:top]]

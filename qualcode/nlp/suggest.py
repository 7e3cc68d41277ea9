"""The suggestion ensemble: keywords, similarity to the codebook, learning from coders.

Candidates are sentence units. Every scorer (``qualcode.nlp.scorers``) gives each
(unit, code) a few feature values; one logistic stacker per language (``calibrate``, shared
by every code) turns them into a probability, so one threshold means the same for every
code. The stacker learns from the codebook itself (its examples scored without themselves)
against the bundled no-code talk, and from the coder's codings, rejections and done
documents' uncoded units once there are some; coded passages also join each code's profile,
so similarity learns as well.
Both count by how many passages a code has (``similarity.coded_trust``): one passage shares
its words with every sentence of its page, and at full weight it put its code on them all.
Units over the threshold become suggestions; adjacent units of one code merge.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from qualcode.model import Code
from qualcode.nlp import context
from qualcode.nlp.argument import features as argument_features
from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.calibrate import design
from qualcode.nlp.drafts import Draft, draft_of, merge_runs
from qualcode.nlp.fewshot import ShotScorer, ShotStage, shots_of
from qualcode.nlp.field import code_fields, outside_field
from qualcode.nlp.follow import follow_points
from qualcode.nlp.frame import (
    decision_units,
    frame_units,
    is_decision,
    method_codes,
    study_documents,
)
from qualcode.nlp.headings import headings
from qualcode.nlp.learn import fit_stacker, rejected_penalty
from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.lines import carry_points, lead_ins, list_items
from qualcode.nlp.lone import damp, lone_pairs, not_carried, on_its_own
from qualcode.nlp.model_version import MODEL_VERSION
from qualcode.nlp.normalise import content_words, without_marks, words
from qualcode.nlp.parts_gate import hold_without_parts, parts_of
from qualcode.nlp.scorers import (
    DEFAULT_THRESHOLD,
    Batch,
    Candidate,
    CharScorer,
    LexiconScorer,
    Scorer,
    Scores,
    SemanticScorer,
    is_interviewer,
)
from qualcode.nlp.similarity import ProfileItem, char_vectorizer, codebook_profile

if TYPE_CHECKING:
    from qualcode.nlp.charvec import Rows

MIN_WORDS = 3
EMPTY_WORDS = 1  # a unit with at most this many content words says nothing on its own
SHORT_WORDS = 7  # ... when it is this short: a longer one is a sentence, stop words or not
MAX_CODED_PER_CODE = 300
Embed = Callable[[Sequence[str], str], np.ndarray]

__all__ = [
    "DEFAULT_THRESHOLD",
    "MODEL_VERSION",
    "Candidate",
    "Draft",
    "Example",
    "Suggester",
    "is_interviewer",
]


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled passage to learn from: codes it has, codes it explicitly has not."""

    text: str
    lang: str
    codes: frozenset[str]
    negative_for: frozenset[str] = frozenset()
    weight: float = 1.0


class Suggester:
    """Everything needed to score units for one codebook and one set of labels."""

    methods_matter: np.ndarray  # per code: how a study was done is its matter (read once)
    decisions_matter: np.ndarray  # per code: a formal decision on a paper is (read once)
    _fields: dict[str, frozenset[str]] | None = None  # per code, its words (``field``)

    def __init__(
        self,
        codes: Sequence[Code],
        examples: Sequence[Example] = (),
        *,
        lemmas: Mapping[str, Mapping[str, str]] | None = None,
        embed: Embed | None = None,
    ) -> None:
        self.codes = [c.key for c in codes]
        self.parts = parts_of(codes)  # each code's sides, read in a unit's paragraph
        self.examples = list(examples)
        # With embeddings, the coders' passages speak through the few-shot stage only
        # (``fewshot``): mixed into the codebook's profile and the stacker's rows they made
        # every unit of the same kind of text look like their codes (measured: 5 passages
        # per code cost macro-F1 on real text, even for codes they did not touch).
        self.held_back: set[tuple[str, str]] = (
            {(e.text, e.lang) for e in self.examples if e.codes and e.weight >= 1.0}
            if embed is not None
            else set()
        )
        coded = [] if self.held_back else coded_profile(self.codes, self.examples)
        self.items = codebook_profile(codes) + coded
        # Weights come from the codebook and the bundled talk only, never from the project's
        # unlabelled talk: a sentence scores the same in a focused study as in a broad one.
        self.vectorizer = char_vectorizer(
            [i.text for i in self.items] + [t for texts in BACKGROUND.values() for t in texts]
        )
        self.lexicon = Lexicon({c.key: c.keywords for c in codes}, lemmas)
        self.scorers: list[Scorer] = [
            LexiconScorer(self.codes, self.lexicon),
            CharScorer(self.codes, self.items, self.vectorizer),
        ]
        if embed is not None:
            self.scorers.append(SemanticScorer(self.codes, self.items, embed))
        shots = shots_of(self.codes, self.examples)
        if shots and embed is not None:  # the coders' passages as nearest neighbours
            self.scorers.append(ShotScorer(self.codes, shots, embed))
        self.penalty = rejected_penalty(self.codes, self.examples, self.vectorizer)
        self.learned = any(e.weight >= 1.0 for e in self.examples)  # coders taught it
        self.stage: ShotStage | None
        self.stacker, classifier, self.stage = fit_stacker(self)
        if self.stage is None:  # too few passages of any code: nearest ones say nothing yet
            self.scorers = [s for s in self.scorers if not isinstance(s, ShotScorer)]
        self.scorers.append(classifier)
        self.fix_method_codes()
        self.signature = hashlib.sha1(
            repr(
                (
                    self.codes,
                    [(i.code, i.kind, i.text) for i in self.items],
                    [(e.text, sorted(e.codes), sorted(e.negative_for), e.weight) for e in examples],
                    embed is not None,
                    self.parts,
                )
            ).encode()
        ).hexdigest()[:12]

    @property
    def methods(self) -> list[str]:
        return [s.name for s in self.scorers]

    # -- scoring -------------------------------------------------------------------------

    def components(
        self,
        candidates: Sequence[Candidate],
        exclude: np.ndarray | None = None,
        *,
        char_vectors: Rows | None = None,
        passage_vectors: np.ndarray | None = None,
        units: tuple[Sequence[Sequence[int]], Scores] | None = None,
    ) -> Scores:
        """Every scorer's feature blocks and evidence for these units (vectors given by the
        caller are used as they are: a window's are its units' means; ``units``: for
        windows, each one's units and their scores, whose keyword matches are reused)."""
        if char_vectors is None:
            char_vectors = self.vectorizer.transform([c.text for c in candidates])
        batch = Batch(candidates, char_vectors, exclude, passage_vectors)
        if units is not None:
            batch.members, batch.unit_matches = units[0], units[1].matches
        merged = Scores({}, char_vectors=batch.char_vectors)
        for scorer in self.scorers:
            part = scorer.score(batch)
            merged.features.update(part.features)
            merged.terms.update(part.terms)
            merged.matches = part.matches or merged.matches
        merged.passage_vectors = batch.passage_vectors
        if "sem_best" in merged.features:  # read with the semantic tier only (argument.py)
            merged.features.update(argument_features(candidates, len(self.codes)))
        return merged

    def _calibrated(
        self, comp: Scores, candidates: Sequence[Candidate], lone: np.ndarray | None = None
    ) -> np.ndarray:
        """The stacker's probabilities (units x codes) by each unit's language, through the
        few-shot stage if any (``read``: the coders' passages as examples where it lifts);
        ``lone``: (unit, code) pairs whose one keyword counts half (``lone``)."""
        n, k = len(candidates), len(self.codes)
        langs = np.repeat(np.array([c.lang for c in candidates]), k) if n else None

        def read(features: dict[str, np.ndarray]) -> np.ndarray:
            x = design(features, self.stacker.names)
            damp(x, self.stacker.names, lone)
            return self.stacker.predict(x, langs).reshape(n, k)

        probs = read(comp.features)
        if self.stage is not None:
            probs = self.stage.apply(probs, comp.features, read)
        return probs

    def score(self, candidates: Sequence[Candidate]) -> tuple[np.ndarray, Scores]:
        """Calibrated probabilities (units x codes) and the components behind them. A unit is
        scored alone and as its window in its turn (``context``), which lifts one saying little."""
        n, k = len(candidates), len(self.codes)
        if n == 0:
            return np.zeros((0, k)), Scores({})
        comp = self.components(candidates)
        pairs = lone_pairs(self.lexicon, comp.matches, self.codes, comp.features)
        lone = None if pairs is None else pairs[0]
        alone = self._calibrated(comp, candidates, lone)
        brief = short_units(candidates)  # a short unit's margin cannot tell a frame from a
        # brief finding (``frame``, ``apart`` below); read once for the rules that ask it
        alone[says_nothing(candidates, comp.features["lex"], brief)] = 0.0
        alone[self.outside_field(candidates, comp.features["lex"], brief)] = 0.0
        probs = alone.copy()
        around = np.zeros((n, k))
        win = context.windows(candidates, context.WINDOW)
        if len(win):
            sem = comp.passage_vectors
            wcomp = self.components(
                win.candidates,
                char_vectors=win.rows(comp.rows(), n),
                passage_vectors=None if sem is None else win.vectors(sem),
                units=(win.members, comp),
            )
            around[win.owners] = self._calibrated(wcomp, win.candidates)
            probs = context.combine(alone, around)
        comp.alone, comp.around = alone, around
        if self.penalty is not None:
            probs *= self.penalty(comp.rows())
        interviewer = np.array([c.interviewer for c in candidates], dtype=bool)
        probs[interviewer] = 0.0  # questions get no code by convention
        decisions = decision_units(candidates)
        kept = np.where(  # a code whose own passages are such frame keeps it
            decisions[:, None],
            self.method_codes(decision=True)[None, :],
            self.method_codes()[None, :],
        )
        method = frame_units(candidates)[:, None] & ~kept
        probs[method] = 0.0  # how the study was done, a formal decision: no code, none lent
        short = np.array([len(c.text.split()) < MIN_WORDS for c in candidates], dtype=bool)
        probs[short] *= 0.5  # "Mm.", "Ja, precis." carry no codable content on their own
        point = probs.copy()  # a lead-in's own point, before it is set aside as a heading
        probs[headings(candidates)] = 0.0  # a title names what follows
        frame = context.apart_from_codes(comp.features, context.GAP_APART_MARGIN) & ~brief
        filled = context.fill_gaps(candidates, probs, frame)
        apart = context.apart_from_codes(comp.features) & ~brief
        passed = context.passages(candidates, filled, apart, around, study_documents(candidates))
        passed = not_carried(candidates, filled, passed, lone)  # its one word means another code
        followed = follow_points(candidates, filled, passed, apart, decisions)
        spread = carry_points(lead_ins(candidates), point, followed)
        spread[method] = 0.0
        if pairs is not None and pairs[1].any():  # a topic named where no-code talk is near
            again = context.combine(self._calibrated(comp, candidates, pairs[0] | pairs[1]), around)
            spread = on_its_own(spread, alone, again, pairs[1])
        spread = hold_without_parts(self.parts, candidates, spread)  # a side unnamed
        comp.filled = filled > probs
        comp.passage = passed > filled
        comp.followed = followed > passed
        comp.led = spread > followed
        comp.lifted = (spread > alone) & ~comp.filled & ~comp.passage & ~comp.followed & ~comp.led
        return spread, comp

    def outside_field(
        self, candidates: Sequence[Candidate], lex: np.ndarray, short: np.ndarray
    ) -> np.ndarray:
        """Units x codes: a short unit (``short``: ``short_units``) sharing no word with the
        code's field gets no score of its own for it (``field``). The fields are read once
        per engine, from the passages it keeps (a kept engine too), never a second copy."""
        if self._fields is None:
            passages: list[tuple[str, str, Sequence[str]]] = [
                (i.text, i.lang, (i.code,)) for i in self.items
            ]
            for scorer in self.scorers:
                if isinstance(scorer, ShotScorer):
                    passages += [(s.text, s.lang, s.codes) for s in scorer.shots]
            lexicon = self.lexicon
            self._fields = code_fields(self.codes, passages, lexicon.source, lexicon.lemmas)
        return outside_field(candidates, short, lex, self.codes, self._fields, self.lexicon.lemmas)

    def fix_method_codes(self) -> None:
        """Read once, when the engine is fitted or restored, which codes have how a study was
        done as their matter (a method sentence among its profile's passages or the coders'
        few-shot passages), and which a committee's formal decision on a paper. Fitting never
        scores (``fit_stacker`` asks ``components`` only), and its last step may drop the
        few-shot scorer, so this runs after it; a kept engine reads it again from the
        passages it keeps (``nlp/state.py``), never a second copy."""
        passages: list[tuple[str, str, Sequence[str]]] = [
            (i.text, i.lang, (i.code,)) for i in self.items
        ]
        for scorer in self.scorers:
            if isinstance(scorer, ShotScorer):
                passages += [(s.text, s.lang, s.codes) for s in scorer.shots]
        self.methods_matter = method_codes(self.codes, passages)
        self.methods_matter.flags.writeable = False
        self.decisions_matter = method_codes(self.codes, passages, is_decision)
        self.decisions_matter.flags.writeable = False

    def method_codes(self, decision: bool = False) -> np.ndarray:
        """Per code: is how a study was done its matter (``decision``: a formal decision on
        a paper; ``fix_method_codes``)? Its frame sentences keep their score for it."""
        return self.decisions_matter if decision else self.methods_matter

    def suggest(
        self,
        candidates: Sequence[Candidate],
        threshold: float = DEFAULT_THRESHOLD,
        codes: Sequence[str] | None = None,
    ) -> list[Draft]:
        """Suggested segments: units over the threshold, adjacent ones of a code merged."""
        if not candidates:
            return []
        probs, comp = self.score(candidates)
        lines = context.lines(candidates)  # a passage never starts, ends or runs over one
        lists = np.zeros(len(candidates), dtype=bool)
        lists[list_items(candidates)] = True  # ... but a list is read as one passage
        lists[list(lead_ins(candidates))] = True  # ... with its lead-in
        lines[lists] = False
        drafts: list[Draft] = []
        for j, code in enumerate(self.codes):
            if codes is not None and code not in codes:
                continue
            for run in merge_runs(candidates, probs[:, j] >= threshold, lines, lists):
                drafts.append(draft_of(self, candidates, run, j, probs, comp))
        drafts.sort(key=lambda d: (d.document_id, d.start, d.code))
        return drafts


def reading_langs(codes: Sequence[Code], examples: Sequence[Example] = ()) -> set[str]:
    """The languages an engine reads text in whatever the project's documents are in: the
    codebook's (its terms, examples and definitions), the passages it learns from and the
    bundled no-code talk (``background``, both languages). Each is read with its own
    language's lookup table, so the caller loads these tables for every fit. An English-only
    project that loaded English's alone compiled the codebook's Swedish terms from stems
    and read its Swedish examples so; a term matches in a unit of any language and the
    stacker learns from every example, so an English report's scores moved by up to 0.04
    once a Swedish document was imported (issue 10.2: a sentence's score must not depend
    on what else the project holds)."""
    langs = set(BACKGROUND) | {e.lang for e in examples}
    for code in codes:
        langs.update(code.keywords, code.examples, code.definitions, code.inclusion)
    return langs


def coded_profile(codes: Sequence[str], examples: Sequence[Example]) -> list[ProfileItem]:
    """Passages coders gave each code (distinct texts, at most MAX_CODED_PER_CODE spread
    evenly), so similarity learns from the team while scoring stays cheap on big studies."""
    items: list[ProfileItem] = []
    for code in codes:
        seen: dict[str, ProfileItem] = {}
        for e in examples:
            if e.weight >= 1.0 and code in e.codes and e.text not in seen:
                seen[e.text] = ProfileItem(code, e.lang, "coded", e.text)
        chosen = list(seen.values())
        if len(chosen) > MAX_CODED_PER_CODE:
            step = len(chosen) / MAX_CODED_PER_CODE
            chosen = [chosen[int(i * step)] for i in range(MAX_CODED_PER_CODE)]
        items.extend(chosen)
    return items


def short_units(candidates: Sequence[Candidate]) -> np.ndarray:
    """Units of at most ``SHORT_WORDS`` words besides transcriber marks. Such a unit is never
    apart from the codes for the passage and gap rules: a short sentence lies far from all
    the codebook's passages whatever it says (a one-line opener of a research abstract on
    the social services' place under politics was kept out of its passage, real6dev)."""
    return np.array(
        [len(words(without_marks(c.text))) <= SHORT_WORDS for c in candidates], dtype=bool
    )


def says_nothing(
    candidates: Sequence[Candidate], lex: np.ndarray, short: np.ndarray | None = None
) -> np.ndarray:
    """Units whose own words carry no content: at most ``EMPTY_WORDS`` content words
    (``normalise.content_words``: no marks, stop words or fillers) and no keyword of any
    code. "[skratt] Det är en bra fråga." scored integration 0.66 alone in the demo: with
    one content word its character n-grams are its function words' and "fråga", which a
    coded "Det är inte en HR-fråga, det är en ..." shares, and the learned n-gram model read
    the same. Such a unit gets no score of its own; its neighbours may still lift it (the
    window, a gap between two units of a code, a passage). Only a short unit (at most
    ``SHORT_WORDS`` words besides marks): spaCy's Swedish stop words take in "aldrig",
    "gjort", "något", so "Eh... kanske bara att det här inte är något en person har gjort."
    had one content word too, and it makes a point (systems perspective 0.83 in the demo).
    ``short``: the units' ``short_units`` when the caller has read them already. Content
    words are counted only where they decide: a short unit without a keyword."""
    keyword = np.count_nonzero(lex > 0, axis=1) > 0
    out: np.ndarray = (short_units(candidates) if short is None else short) & ~keyword
    for u in np.flatnonzero(out).tolist():
        out[u] = len(content_words(candidates[u].text, candidates[u].lang)) <= EMPTY_WORDS
    return out

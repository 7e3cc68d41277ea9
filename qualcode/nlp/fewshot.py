"""Few-shot: the coder's own codings as nearest neighbours, in embedding space.

The codebook's examples are written prose; a project's talk is its own kind of text
(a transcript, a municipal plan, a research report). Passages a coder gave a code are the
only labelled talk of that kind, so they are compared with each unit directly, not only
as a few more profile items among the codebook's hundred: per code, how close the unit
lies to the nearest passages coded with it (``shot_best``), and by how much that beats
the nearest passage known to be something else (``shot_margin``: passages of other codes,
passages rejected for the code, uncoded units of done documents, the bundled no-code
talk). A unit as close to talk of every code alike is not more one than the other.

A second, small logistic stage (``ShotStage``) weighs these two against the codebook
engine's own probability, fitted on the codebook's rows and on the coders' passages (each
scored without itself) and the known negatives, the project's rows weighing more as
passages accrue. In this tier the coders' passages are kept out of the codebook engine
(profile, classifier, stacker): mixed in there, five passages per code made every unit of
the same kind of text look like their codes and cost macro-F1 on real text, even for
codes they did not touch (benchmarks/README.md). So a code without passages keeps its
zero-shot probability exactly, and without any passages there is no stage at all.

The stage moves a code's probability only the way the passages point (``shot_rel``: is the
unit nearer the passages of this code than those of any other code?): up where they do,
down where they do not. Fitted on the codebook's written rows and the bundled talk, the
stage reads nearness to the project's talk at all as evidence, so without the direction
it lifted every unit of the same register, whatever code its nearest passages had
(benchmarks/SUGGEST.md, stop 24: on English debates and reports 155 of 204 units it lifted
over the threshold in three draws were no-code talk).

Positives alone cannot place the stage's threshold on a kind of text: fitted on written
rows, it read any unit about as near the passages as they are to each other as codable,
and on English debates and reports lifted their no-code talk (5 shots cost 0.04 macro-F1).
Five passages of every code do carry this text's own negatives: a passage coded one code
is a unit of the same text known not to be the others. So the stage lifts a unit for a
code only where the unit's margin clears the highest margin any passage of another code
reaches for it (``gate``): nearer the code's passages than the text's known non-examples
ever come. And where the fit gives nearness no weight at all (the shots tell nothing the
codebook does not), there is no stage: it would only re-scale the codebook engine, which
lowered real English findings (benchmarks/SUGGEST.md, "Stop 27, fewshot17").

Everything stays within one language. In multilingual-e5's space cosines across languages
are lower throughout, so a Swedish unit compared with English passages (and with English
no-code talk) read as near no code, and the stage lowered it wherever another code's
passages lay a little nearer: a bilingual project lost findings in the language nobody had
coded yet (benchmarks/SUGGEST.md, "Stop 31, fewshot31": dev-en passages cost dev-sv units
0.632 -> 0.613). So a unit is compared only with the passages and known negatives of its
own language (``shot_known``: its language has passages of the code), a code without
passages in the unit's language keeps its zero-shot probability exactly, and the stage is
fitted, code by code, only on rows whose language has passages of that code: other
languages' codebook rows and bundled talk sit far off by language alone, not by code.

The stage lowers a code only where the text's known non-examples claim the unit: another
code's passages lift it (it lies nearer them than any other's and past that code's gate),
or the talk known to fit no code lies nearer it than any code's passages (``shot_none``).
Lowered wherever it lay a hair nearer another code's passages, to the stage's own
probability (which weighs the codebook engine's by about half), five codings of every code
cost English dev its zero-shot findings (dev-en 0.671 -> 0.631; in one draw six right
long-term economics sentences lay a hair nearer the integration codings): with five
passages a code, which code's lie nearer is noise until something claims the unit
(benchmarks/SUGGEST.md, "Stop 48, engine48d").

The gate is raised by the spread of the margins it is taken from: a unit cleared the
highest margin of another code's passages by a hundredth (half that spread) on English
reports, and the stage then lifted no-code talk to 0.8, because how far it lifts rests on
nearness to the passages, the same for every unit of a register. Past max + spread the
margin says more than the gate's own noise.

Where the stage lifts (past the gate, nearer this code's passages), the passages also count
as the code's examples (``as_examples``): the codebook engine's probability there is read
with them among the code's examples in its semantic features, as a codebook's further
examples are read (in the profile when units are scored, never a row it is fitted on), so
a unit saying what a coder's passage says scores as a unit saying what an example says.
Fitted on the codebook's written rows, the stage alone kept the lift small (5 codings per
code: dev mean of eight 0.693 zero-shot -> 0.711); read as examples everywhere, the
passages lifted the same text's no-code talk too (real9dev-en 1.9% -> 9.3% flagged); read
as examples only where the stage lifts, 0.721, no-code shares within a point
(benchmarks/SUGGEST.md, "Stop 43, engine43c").

It works in the semantic tier's sentence-embedding space only; the core tier learns from
passages as before (character n-grams compare units with them through the profile).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.calibrate import Stacker
from qualcode.nlp.scorers import Batch, Scores

if TYPE_CHECKING:
    from qualcode.nlp.suggest import Example

STAGE_FEATURES = ("zero", "shot_best", "shot_margin")
MIN_SHOTS = 1  # a code with fewer passages keeps its codebook-only probability
# The project's own rows weigh n / (n + HALF_SHARE_AT) of the stage's fit, n being the
# passages per code: half at 4, 0.56 at 5, 0.83 at 20; the codebook's rows the rest.
HALF_SHARE_AT = 4.0
MAX_OWN_SHARE = 0.9
SHOT_PRIOR = 0.07  # positives' share of the stage's fitting weight
MAX_SHOTS = 2000  # coded passages kept, and as many known negatives
TOP = 2  # a unit's closeness to a code: the mean of its two nearest passages of it
NO_GATE = -2.0  # below any margin (a difference of two cosines): nothing to clear


@dataclass(frozen=True, slots=True)
class Shot:
    """A passage of the project's own talk with what it is known to be."""

    text: str
    lang: str
    codes: tuple[str, ...]  # codes a coder gave it (empty: known to fit none of ``negative``)
    negative: tuple[str, ...]  # codes it is known not to be ("*": none at all)


def shots_of(codes: Sequence[str], examples: Sequence[Example]) -> list[Shot]:
    """The coders' passages (positives) and what is known to fit no code or not a code:
    weak negatives (done documents' uncoded units), rejections and the bundled talk."""
    out: dict[tuple[str, str], Shot] = {}
    for e in examples:
        got = tuple(sorted(c for c in e.codes if c in codes))
        if got and e.weight >= 1.0:
            out[(e.text, e.lang)] = Shot(e.text, e.lang, got, ())
    if not out:
        return []
    for e in examples:
        key = (e.text, e.lang)
        if key in out:
            continue
        if e.negative_for:
            out[key] = Shot(e.text, e.lang, (), tuple(sorted(e.negative_for)))
        elif not e.codes:
            out[key] = Shot(e.text, e.lang, (), ("*",))
    for lang, texts in BACKGROUND.items():
        for text in texts:
            out.setdefault((text, lang), Shot(text, lang, (), ("*",)))
    positive = [s for s in out.values() if s.codes]
    negative = [s for s in out.values() if not s.codes]
    return _spread(positive, MAX_SHOTS) + _spread(negative, MAX_SHOTS)


def _spread(shots: list[Shot], limit: int) -> list[Shot]:
    """At most ``limit`` of them, spread evenly: scoring stays cheap on a big study."""
    if len(shots) <= limit:
        return shots
    return [shots[int(i * len(shots) / limit)] for i in range(limit)]


class ShotScorer:
    """Nearest coded passages per code, with a margin over the nearest known negative."""

    name = "shots"

    def __init__(
        self,
        codes: Sequence[str],
        shots: Sequence[Shot],
        embed: Callable[[Sequence[str], str], np.ndarray],
    ) -> None:
        self.codes = list(codes)
        self.shots = list(shots)
        self.embed = embed
        texts = [s.text for s in self.shots]
        self.matrix = np.asarray(embed(texts, "passage"), dtype=np.float32)
        k = len(self.codes)
        # positive[m, j]: shot m was coded j; against[m, j]: shot m is known not to be j
        self.positive = np.zeros((len(self.shots), k), dtype=bool)
        self.against = np.zeros((len(self.shots), k), dtype=bool)
        for m, shot in enumerate(self.shots):
            for j, code in enumerate(self.codes):
                self.positive[m, j] = code in shot.codes
                self.against[m, j] = (
                    (bool(shot.codes) and code not in shot.codes)
                    or "*" in shot.negative
                    or code in shot.negative
                )
        self.index = {t: m for m, t in enumerate(texts)}
        self.langs = np.array([s.lang for s in self.shots], dtype=object)

    def score(self, batch: Batch) -> Scores:
        """Per (unit, code): ``shot_best``, ``shot_margin``, ``shot_rel`` against the passages
        of the unit's own language only, and ``shot_known`` (that language has passages of
        the code; where not, the other three are zero and the stage leaves the code be)."""
        n, k = len(batch.candidates), len(self.codes)
        vectors = batch.embedded(self.embed)
        cos = (np.asarray(vectors, dtype=np.float32) @ self.matrix.T).astype(np.float32)
        if batch.exclude is not None:  # calibrating: a passage is not its own neighbour
            for i, cand in enumerate(batch.candidates):
                m = self.index.get(cand.text)
                if m is not None:
                    cos[i, m] = -1.0
        best = np.zeros((n, k), dtype=np.float32)
        # the nearest and second nearest passage of the code, for ``as_examples``
        first = np.full((n, k), -1.0, dtype=np.float32)
        second = np.full((n, k), -1.0, dtype=np.float32)
        other = np.zeros((n, k), dtype=np.float32)
        rel = np.zeros((n, k), dtype=np.float32)
        # nearness to the talk known to fit no code (bundled talk, done documents'
        # uncoded units), the same for every code: where it beats every code's passages,
        # the stage may lower
        none_near = np.full((n, k), -1.0, dtype=np.float32)
        talk = np.array(["*" in s.negative for s in self.shots], dtype=bool)
        known = np.zeros((n, k), dtype=bool)
        unit_langs = np.array([c.lang for c in batch.candidates], dtype=object)
        for lang in dict.fromkeys(unit_langs.tolist()):
            rows = np.nonzero(unit_langs == lang)[0]
            same = (self.langs == lang)[:, None]
            positive, against = self.positive & same, self.against & same
            has = positive.any(axis=0)
            known[rows] = has
            for j in np.nonzero(has)[0]:
                block = cos[np.ix_(rows, np.nonzero(positive[:, j])[0])]
                best[rows, j] = _nearest(block)
                ranked = np.sort(block, axis=1)
                first[rows, j] = ranked[:, -1]
                if block.shape[1] > 1:
                    second[rows, j] = ranked[:, -2]
                cols = np.nonzero(against[:, j])[0]
                if len(cols):
                    other[rows, j] = _nearest(cos[np.ix_(rows, cols)])
            rel[rows] = _rel(best[rows], has)
            cols = np.nonzero(talk & (self.langs == lang))[0]
            if len(cols):
                none_near[rows] = _nearest(cos[np.ix_(rows, cols)])[:, None]
        margin = np.where(known, best - other, 0.0).astype(np.float32)
        features = {"shot_best": best, "shot_margin": margin, "shot_rel": rel}
        nearest = {"shot_first": first, "shot_second": second}
        return Scores({**features, **nearest, "shot_known": known, "shot_none": none_near})


def _nearest(block: np.ndarray) -> np.ndarray:
    """Per row: the mean of its TOP highest cosines (fewer where there are fewer)."""
    top = min(TOP, block.shape[1])
    out: np.ndarray = np.sort(block, axis=1)[:, -top:].mean(axis=1)
    return out


def _rel(best: np.ndarray, has: np.ndarray) -> np.ndarray:
    """Per (unit, code): nearness to the code's passages minus the nearest other code's
    (zero where no other code has passages: then nothing says which code it is nearer)."""
    out = np.zeros_like(best)
    if has.sum() < 2:
        return out
    for j in np.nonzero(has)[0]:
        others = has.copy()
        others[j] = False
        out[:, j] = best[:, j] - best[:, others].max(axis=1)
    return out


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(q / (1 - q))


def as_examples(features: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The semantic tier's features as if the coders' passages of the unit's language were
    among their code's examples: the best and the mean of the best two passages taken over
    both, the nearness over the no-code talk moved with the best. A code without passages
    in the unit's language keeps its features."""
    best, top2 = features["sem_best"], features["sem_top2"]
    known = features["shot_known"].astype(bool)
    # the codebook's second nearest passage, from its best and the mean of its best two
    ranked = np.sort(
        np.stack([best, 2 * top2 - best, features["shot_first"], features["shot_second"]]), axis=0
    )
    read_best = np.where(known, ranked[-1], best)
    read_top2 = np.where(known, ranked[-2:].mean(axis=0), top2)
    over = features["sem_over_background"] + (read_best - best)
    return {**features, "sem_best": read_best, "sem_top2": read_top2, "sem_over_background": over}


def stage_design(probs: np.ndarray, features: dict[str, np.ndarray]) -> np.ndarray:
    """(unit, code) rows of the stage's features: the codebook engine's logit and the two
    nearest-passage features."""
    blocks = [_logit(probs), features["shot_best"], features["shot_margin"]]
    return np.stack([b.reshape(-1) for b in blocks], axis=1).astype(np.float64)


@dataclass(slots=True)
class ShotStage:
    """The second look: for codes the coder has given passages, a probability that weighs
    the codebook engine's against nearness to those passages, fitted on the coder's own
    passages (each scored without itself) and the known negatives."""

    stacker: Stacker
    active: np.ndarray  # per code: enough passages to speak for it
    # per code: the margin a unit must pass to be lifted (the highest that a passage of
    # another code reaches for it, each scored without itself, raised by those margins'
    # spread; NO_GATE where none is known)
    gate: np.ndarray

    def apply(
        self,
        probs: np.ndarray,
        features: dict[str, np.ndarray],
        read: Callable[[dict[str, np.ndarray]], np.ndarray] | None = None,
    ) -> np.ndarray:
        """The stage's probabilities where the unit's language has passages of an active
        code; everywhere else the codebook engine's, exactly. ``read``: the codebook
        engine's probabilities for other features (``as_examples``), where it lifts."""
        n, k = probs.shape
        if n == 0 or not self.active.any():
            return probs
        staged = self.stacker.predict(stage_design(probs, features)).reshape(n, k)
        # where it lifts, the passages are also read as the code's examples
        examples = probs if read is None else np.maximum(read(as_examples(features)), probs)
        # only the way the passages point: nearer this code's than any other's, up only,
        # and up only past what this text's passages of other codes reach; between the
        # two, the codebook engine's probability stands
        toward = features["shot_rel"] >= 0
        clear = features["shot_margin"] >= self.gate[None, :]
        acts = self.active[None, :] & features["shot_known"]
        # down only where the text's known non-examples claim the unit: another code's
        # passages lift it past their own gate, or the no-code talk lies nearer it than
        # any code's passages; a hair nearer another code's five passages is noise
        nearest = np.where(acts, features["shot_best"], -1.0).max(axis=1, keepdims=True)
        claimed = (toward & clear & acts).any(axis=1, keepdims=True) | (
            features["shot_none"] > nearest
        )
        staged = np.where(
            toward & clear,
            np.maximum(staged, examples),
            np.where(toward | ~claimed, probs, np.minimum(staged, probs)),
        )
        out: np.ndarray = np.where(acts, staged, probs)
        return out


def fit_stage(
    scorer: ShotScorer,
    probs: np.ndarray,
    features: dict[str, np.ndarray],
    y: np.ndarray,
    own: np.ndarray,
    said: np.ndarray | None = None,
) -> ShotStage | None:
    """Fit the stage on the calibration rows (units x codes labels ``y``): the codebook's
    examples, the bundled talk and, weighing more as they accrue, the project's own
    labelled units (``own``), for the codes with at least MIN_SHOTS passages, each code on
    the rows of the languages that have passages of it (``shot_known``): a row of another
    language has no nearness to them to teach. None where nearness to the passages gets
    no weight: the stage would only re-scale the engine. ``said`` (units x codes): where a
    row's label is known; a rejection says only "not this code", never "not the others"."""
    counts = scorer.positive.sum(axis=0)
    active = counts >= MIN_SHOTS
    if not active.any():
        return None
    x = stage_design(probs, features)
    labels = y.astype(bool)
    known = features["shot_known"].astype(bool) & active[None, :]
    mean_shots = float(counts[active].mean())
    share = min(MAX_OWN_SHARE, mean_shots / (mean_shots + HALF_SHARE_AT))
    w = np.zeros(labels.shape)
    for part, frac in ((own, share), (~own, 1 - share)):
        block = np.zeros(labels.shape)
        block[part] = 1.0
        block *= known
        if said is not None:
            block *= said
        for lab, prior in ((labels, SHOT_PRIOR), (~labels, 1 - SHOT_PRIOR)):
            mass = (block * lab).sum()
            if mass > 0:
                w += block * lab * frac * prior / mass
    w *= w.size
    stacker = Stacker.fit(STAGE_FEATURES, x, labels.reshape(-1).astype(int), w.reshape(-1))
    if not np.any(stacker.coef[1:]):
        return None
    return ShotStage(stacker, active, gates(features["shot_margin"], labels, own, known))


def gates(margin: np.ndarray, labels: np.ndarray, own: np.ndarray, known: np.ndarray) -> np.ndarray:
    """Per code: the highest margin a coded passage of ANOTHER code reaches for it (rows
    scored without themselves, each within its own language, ``known``: that language
    has passages of the code), the same text's known non-examples, the only negatives
    that speak for this kind of text; raised by the standard deviation of those margins.
    The highest alone is the gate's own noise: on English reports units cleared it by a
    hundredth and were lifted to 0.8 (benchmarks/SUGGEST.md, "Stop 31, fewshot31")."""
    coded = own & labels.any(axis=1)
    out = np.full(labels.shape[1], NO_GATE)
    for j in np.nonzero(known.any(axis=0))[0]:
        other = margin[coded & ~labels[:, j] & known[:, j], j]
        if len(other):
            out[j] = max(NO_GATE, float(other.max() + other.std()))
    return out

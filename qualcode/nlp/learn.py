"""Learning: the rows the stacker is fitted on, and what a rejection teaches.

Zero-shot, the codebook is the teacher: each example (in both languages) is scored
against the profile *without itself* and counts as positive for its code and negative for
the others (a further example, of the code in another register, is no row and no row reads
it: it is in the profile only when units are scored), and the bundled no-code talk
(``background``) counts as weakly negative: it is what teaches the engine to abstain. The
project's own unlabelled talk is never used as a negative (an on-topic study would learn to
abstain on its own theme). Once coders work, their coded units join in the same way
(consensus weighted higher), the uncoded units of documents they marked done are weak
negatives, and a rejected suggestion is a negative for
its code. The same rows fit a stacker per language (``by_language``), each weighing its
own language's rows fully and the other's by half.
Fitting takes a fraction of a second on a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from qualcode.nlp.argument import unread
from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.calibrate import Stacker, design, feature_names
from qualcode.nlp.classifier import TextClassifier, cross_fit
from qualcode.nlp.fewshot import ShotScorer, ShotStage, fit_stage
from qualcode.nlp.scorers import Candidate
from qualcode.nlp.similarity import SUPPORT_FULL, coded_trust

if TYPE_CHECKING:
    from qualcode.nlp.charvec import CharVectorizer, Rows
    from qualcode.nlp.suggest import Example, Suggester

# positives' share of the fitting weight: the prior behind every calibrated probability
PRIOR = 0.2
BACKGROUND_WEIGHT = 2.0  # per (unit, code): known to fit no code, it weighs as two examples
MAX_LABELLED_ROWS = 2000
REJECTED_SIMILARITY = 0.6  # a unit this close to a rejected passage loses ground for its code
# a language gets a stacker of its own from this many positive (example, code) rows: the
# bundled codebook has 108 English and 144 Swedish, a pilot's codebook may have a handful
MIN_LANG_POSITIVES = 40
# the other languages' rows in a language's own stacker: half weight measured best on dev
# (0.0 / 0.3 / 0.4 / 0.5 / 0.65: ten-row mean 0.614 / 0.628 / 0.630 / 0.634 / 0.624)
OTHER_LANGUAGE_WEIGHT = 0.5
# ... except in the English stacker with the semantic tier, which reads the Swedish rows
# at three quarters: e5 reads English text 0.01-0.03 lower than Swedish, and more of the
# Swedish rows' scale steadied the English line on report prose (English dev pooled 0.707
# -> 0.716, held out 0.460 -> 0.465, one fewer no-code flag in each; 0 / 0.25 / 1.0
# measured worse: benchmarks/SUGGEST.md, "Stop 44, engine44b"). Without the tier there is
# no e5 scale to steady (there it cost 0.5607 -> 0.5601), and the Swedish stacker is as it was.
OTHER_LANGUAGE_WEIGHT_IN = {"en": 0.75}


def fit_stacker(engine: Suggester) -> tuple[Stacker, TextClassifier, ShotStage | None]:
    """Assemble pseudo-labelled rows from the codebook, the talk and the coders; fit the
    learned classifier (out of fold, for the stacker to see it honestly) and the stacker."""
    codes = engine.codes
    col = {c: j for j, c in enumerate(codes)}
    rows: dict[tuple[str, str], list] = {}  # (text, lang) -> [positive codes, negative codes, w]
    for item in engine.items:
        if item.kind in ("definition", "further"):  # a further example is never a row
            continue
        entry = rows.setdefault((item.text, item.lang), [set(), set(), 1.0])
        entry[0].add(item.code)
    for e in engine.examples:
        entry = rows.setdefault((e.text, e.lang), [set(), set(), e.weight])
        entry[0].update(e.codes)
        entry[1].update(e.negative_for)
        entry[2] = max(entry[2], e.weight)
    # a coder's passage the few-shot stage learns from (semantic tier) is scored, never
    # fitted on: the codebook engine stays what it is zero-shot
    held = [r for r in rows.items() if r[1][0] and r[0] in engine.held_back]
    labelled = _thin([r for r in rows.items() if not (r[1][0] and r[0] in engine.held_back)])
    known = {key for key, _ in labelled} | {key for key, _ in held}
    # Negatives come only from what is known to fit no code: the bundled no-code talk here,
    # and (among the labelled rows) rejections and done documents' uncoded units. The
    # project's unlabelled talk is never presumed uncodable: the more on topic a study
    # is, the more that would teach the engine to abstain on exactly what it should find.
    background = [
        Candidate("", 0, 0, text, lang)
        for lang, texts in BACKGROUND.items()
        for text in texts
        if (text, lang) not in known
    ]

    # The coders' own negatives (rejections, done documents' uncoded units; `_thin` puts them
    # last among the labelled rows) come after the bundled talk: the learned model's folds
    # go by row position, so a row slipped in before the talk would deal every talk row to
    # another fold and move every code's fit, where a rejection should teach only "this
    # passage is not that code".
    taught = sum(1 for _key, entry in labelled if entry[0])
    n, k = len(labelled) + len(background), len(codes)
    spots = list(range(taught)) + list(range(taught + len(background), n))
    cands = [Candidate("", 0, 0, text, lang) for (text, lang), _ in labelled[:taught]]
    cands += background
    cands += [Candidate("", 0, 0, text, lang) for (text, lang), _ in labelled[taught:]]
    y = np.zeros((n, k), dtype=bool)
    w = np.full((n, k), BACKGROUND_WEIGHT)
    for r, (_key, (positive, negative, weight)) in zip(spots, labelled, strict=True):
        w[r] = 0.0
        for code in positive:
            if code in col:
                y[r, col[code]] = True
        if positive or not negative:
            w[r] = weight  # a labelled unit speaks for every code
        for code in negative:
            if code in col:
                w[r, col[code]] = max(weight, 1.0)
    # Fix the prior: positives weigh PRIOR of the whole, however many examples and how
    # much talk there is, so that a probability means the same in a pilot and a big study.
    pos, neg = (w * y).sum(), (w * ~y).sum()
    if pos > 0 and neg > 0:
        w = np.where(y, w * PRIOR / pos, w * (1 - PRIOR) / neg) * len(w.reshape(-1))
    exclude = _self_mask(cands, engine)
    # A further example (a code told in a register its examples lack: a minister's visit as
    # news) widens the code's profile when units are scored, and stays out of the fit
    # altogether: as rows (stop 42: ten-row dev mean 0.6386 -> 0.6215), even at weight
    # zero, they cost 0.011, because the code's other examples read them as neighbours
    # when scored for the fit, so its positives read easier and the stacker trusts the
    # semantic evidence less, a stricter line for every code. Kept out: 0.6386 -> 0.6411.
    further = [m for m, item in enumerate(engine.items) if item.kind == "further"]
    exclude[:, further] = True
    comp = engine.components(cands, exclude)
    vectors = comp.rows()
    # the coders' passages move the learned model only as far as their number supports
    given = {(e.text, e.lang) for e in engine.examples if e.codes and e.weight >= 1.0}
    coded = np.zeros((n, k), dtype=bool)
    coded[spots] = np.array([key in given for key, _ in labelled], dtype=bool)[:, None]
    coded &= y
    # a rejection is one reading of one text, as a coded passage is: it moves the learned
    # model's fit for the code she refused only as far as her number of them supports
    refused = np.zeros((n, k), dtype=bool)
    for r, (_key, (positive, negative, _weight)) in zip(spots, labelled, strict=True):
        if not positive:
            refused[r, [col[c] for c in negative if c in col]] = True
    # (its own count, not the codings': held out of these rows, they make no room for it)
    n_refused = refused.sum(axis=0)
    on_refusals = np.minimum(n_refused / SUPPORT_FULL, 1.0)
    trust = coded_trust(codes, engine.items)
    both = np.minimum(trust, on_refusals)
    trust = np.where(n_refused > 0, np.where(coded.any(axis=0), both, on_refusals), trust)
    coded |= refused
    comp.features["learned"] = cross_fit(codes, vectors, y, w, coded, trust)
    classifier = TextClassifier.fit_trusting(codes, vectors, y, w, coded, trust)
    names = feature_names(comp.features)
    x = design(comp.features, names)
    # A rejection is chosen, not drawn: the engine's highest wrong suggestion. As a row of
    # the stacker (one calibration for every code and unit) it said that every high score
    # is less sure, and right findings elsewhere fell (dev-en found 73.5 -> 57.6%); the
    # passage itself is taught by the learned model, the stage and the character penalty.
    calibrating = np.where(refused, 0.0, w)
    shared = unread(x, names, None)  # an English unit's marks: its own stacker's alone
    stacker = Stacker.fit(names, shared, y.reshape(-1).astype(int), calibrating.reshape(-1))
    row_langs = np.repeat(np.array([c.lang for c in cands]), k)
    stacker.langs = by_language(names, x, y, calibrating, row_langs)
    shots = next((s for s in engine.scorers if isinstance(s, ShotScorer)), None)
    if shots is None:
        return stacker, classifier, None
    held_rows = _even(held, MAX_LABELLED_ROWS)
    more = [Candidate("", 0, 0, text, lang) for (text, lang), _ in held_rows]
    features = {f: comp.features[f] for f in ("shot_best", "shot_margin", "shot_known")}
    if more:  # the coders' passages, scored by an engine that never saw them
        extra = engine.components(more, _self_mask(more, engine))
        extra.features["learned"] = classifier.predict(extra.rows())
        x = np.vstack([x, design(extra.features, names)])
        y_more = np.zeros((len(more), k), dtype=bool)
        for r, (_key, (positive, _negative, _weight)) in enumerate(held_rows):
            y_more[r, [col[c] for c in positive if c in col]] = True
        y = np.vstack([y, y_more])
        features = {f: np.vstack([block, extra.features[f]]) for f, block in features.items()}
    own = np.array([c.text in shots.index for c in cands + more], dtype=bool)
    said = np.vstack([w > 0, np.ones((len(more), k), dtype=bool)])
    row_langs = np.concatenate([row_langs, np.repeat(np.array([c.lang for c in more]), k)])
    probs = stacker.predict(x, row_langs).reshape(-1, k)
    return stacker, classifier, fit_stage(shots, probs, features, y, own, said)


def by_language(
    names: Sequence[str], x: np.ndarray, y: np.ndarray, w: np.ndarray, row_langs: np.ndarray
) -> dict[str, Stacker]:
    """A stacker per language with at least MIN_LANG_POSITIVES positive rows: its own rows
    at full weight, every other language's at OTHER_LANGUAGE_WEIGHT (or the language's own
    share in OTHER_LANGUAGE_WEIGHT_IN), its positives again
    PRIOR of the whole. One stacker for both languages let each language's examples set
    the other's threshold: an English example fitted beside its own Swedish translation
    made English strict (``Stop 36, en36``) and a Swedish example moved English pairs near
    0.4. Fitted on its own language's rows alone, each language's stacker flagged more
    no-code sentences on dev than the shared one (``Stop 37, engine37`` in
    benchmarks/SUGGEST.md); the other language at half weight flagged fewer."""
    labels, weights = y.reshape(-1), w.reshape(-1)
    out: dict[str, Stacker] = {}
    for lang in sorted(set(row_langs.tolist())):
        rows = (row_langs == lang) & (weights > 0)
        if (rows & labels).sum() < MIN_LANG_POSITIVES or not (rows & ~labels).any():
            continue  # too few of its own: the shared stacker reads this language
        other = OTHER_LANGUAGE_WEIGHT
        if "sem_best" in names:  # the semantic tier's scale (OTHER_LANGUAGE_WEIGHT_IN)
            other = OTHER_LANGUAGE_WEIGHT_IN.get(lang, other)
        own = np.where(rows, weights, weights * other)
        used = own > 0
        pos, neg = own[used & labels].sum(), own[used & ~labels].sum()
        own = np.where(labels, own * PRIOR / pos, own * (1 - PRIOR) / neg) * used.sum()
        out[lang] = Stacker.fit(names, unread(x, names, lang), labels.astype(int), own)
    return out


def _thin(labelled: list) -> list:
    """At most MAX_LABELLED_ROWS rows, positives first, the rest spread evenly: fitting stays
    well under a second on a study with thousands of codings."""
    positive = [r for r in labelled if r[1][0]]
    negative = [r for r in labelled if not r[1][0]]
    positive = _even(positive, MAX_LABELLED_ROWS * 3 // 4)
    return positive + _even(negative, MAX_LABELLED_ROWS - len(positive))


def _even(rows: list, limit: int) -> list:
    if len(rows) <= limit:
        return rows
    return [rows[i] for i in np.linspace(0, len(rows) - 1, limit).astype(int)]


def _self_mask(cands: Sequence[Candidate], engine: Suggester) -> np.ndarray:
    """Units x profile items: True where an item has the unit's own text."""
    index: dict[str, list[int]] = {}
    for m, item in enumerate(engine.items):
        index.setdefault(item.text, []).append(m)
    mask = np.zeros((len(cands), len(engine.items)), dtype=bool)
    for r, cand in enumerate(cands):
        mask[r, index.get(cand.text, [])] = True
    return mask


def rejected_penalty(
    codes: Sequence[str], examples: Sequence[Example], vectorizer: CharVectorizer
) -> Callable[[Rows], np.ndarray] | None:
    """A factor per (unit, code) that lowers units resembling passages rejected for it.

    The stacker learns from rejections only in aggregate; this makes one rejection visible
    at once: the same passage, or a near copy, loses most of its score for that code.
    """
    rejected = [(e.text, code) for e in examples for code in e.negative_for if code in codes]
    if not rejected:
        return None
    matrix = vectorizer.transform([t for t, _ in rejected])
    owner = np.array([codes.index(c) for _, c in rejected])

    def factor(vectors: Rows) -> np.ndarray:
        cos = np.asarray((vectors @ matrix.T).toarray())
        out = np.ones((cos.shape[0], len(codes)))
        for j in set(owner.tolist()):
            near = cos[:, owner == j].max(axis=1)
            out[:, j] = np.clip(
                1.0 - (near - REJECTED_SIMILARITY) / (1 - REJECTED_SIMILARITY), 0.1, 1.0
            )
        return out

    return factor

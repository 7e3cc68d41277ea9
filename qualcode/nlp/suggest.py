"""The suggestion ensemble: keyword evidence, similarity to the codebook, a learned model.

Candidates are sentence units. Each (unit, code) gets three component scores:

- *lexicon*: IDF-weighted codebook keywords found in the unit (stems, compounds);
- *similarity*: character n-gram TF-IDF cosine to the code's examples and definition in
  both languages (n-grams cope with Swedish compounds and partly cross sv/en);
- *learned*: a logistic model on the same features, trained on the project's codings
  (consensus weighted higher) plus the codebook's examples; rejected suggestions are
  negatives.

Without labelled units, scores are calibrated against the corpus itself: most talk fits no
code, so a unit's combined evidence is standardised per code and language (median and
spread over all candidate units) and mapped through a logistic curve; a unit needs keyword
or strong similarity evidence to score at all. With labelled units, a small logistic
stacker fitted on out-of-fold predictions turns the components into probabilities. Either
way one threshold means the same for every code.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from qualcode.model import Code
from qualcode.nlp.lexicon import Lexicon

MODEL_VERSION = "qualcode-suggest-1"
DEFAULT_THRESHOLD = 0.45
LEARNED_WEIGHT = 0.8
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence unit offered for suggestion."""

    document_id: str
    start: int
    end: int
    text: str
    lang: str
    interviewer: bool = False


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled passage to learn from: codes it has, codes it explicitly has not."""

    text: str
    lang: str
    codes: frozenset[str]
    negative_for: frozenset[str] = frozenset()
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Draft:
    document_id: str
    start: int
    end: int
    code: str
    score: float
    method: str
    evidence: dict[str, object] = field(default_factory=dict)


def _profiles(codes: Sequence[Code]) -> tuple[list[str], list[str], list[str]]:
    """Texts that describe each code: examples, and definition + inclusion + keywords."""
    texts, owners, kinds = [], [], []
    for code in codes:
        for lang in ("sv", "en"):
            for example in code.examples.get(lang, ()):
                texts.append(example)
                owners.append(code.key)
                kinds.append("example")
            described = " ".join(
                part
                for part in (
                    code.definitions.get(lang),
                    code.inclusion.get(lang),
                    " ".join(code.keywords.get(lang, ())),
                )
                if part
            )
            if described:
                texts.append(described)
                owners.append(code.key)
                kinds.append("definition")
    return texts, owners, kinds


class Suggester:
    """Everything needed to score units for one codebook and one set of labels."""

    def __init__(self, codes: Sequence[Code], examples: Sequence[Example] = ()) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.codes = [c.key for c in codes]
        self.lexicon = Lexicon({c.key: c.keywords for c in codes})
        texts, self.owners, self.kinds = _profiles(codes)
        self.profile_texts = texts
        self.examples = list(examples)
        corpus = texts + [e.text for e in self.examples]
        self.vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1, lowercase=True
        )
        self.vectorizer.fit(corpus or ["tom"])
        self.profile_matrix = self.vectorizer.transform(texts) if texts else None
        self.models = self._fit_models()
        self.baseline: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self.signature = hashlib.sha1(
            repr(
                (
                    self.codes,
                    texts,
                    [
                        (e.text, sorted(e.codes), sorted(e.negative_for), e.weight)
                        for e in self.examples
                    ],
                )
            ).encode()
        ).hexdigest()[:12]

    # -- components ----------------------------------------------------------------------

    def components(self, candidates: Sequence[Candidate]) -> dict[str, np.ndarray]:
        """lex, sim (units x codes) and the nearest profile index per (unit, code)."""
        n, k = len(candidates), len(self.codes)
        lex = np.zeros((n, k))
        terms: list[list[list[str]]] = [[[] for _ in range(k)] for _ in range(n)]
        for i, cand in enumerate(candidates):
            for code, (strength, matched) in self.lexicon.scores(cand.text, cand.lang).items():
                j = self.codes.index(code)
                lex[i, j] = strength
                terms[i][j] = matched
        sim = np.zeros((n, k))
        nearest = np.full((n, k), -1)
        vectors = self.vectorizer.transform([c.text for c in candidates]) if n else None
        if self.profile_matrix is not None and n:
            cos = (vectors @ self.profile_matrix.T).toarray()
            owners = np.array(self.owners)
            for j, code in enumerate(self.codes):
                cols = np.nonzero(owners == code)[0]
                if len(cols):
                    block = cos[:, cols]
                    nearest[:, j] = cols[block.argmax(axis=1)]
                    top = np.sort(block, axis=1)[:, -2:]
                    sim[:, j] = top.mean(axis=1)
        learned = self._predict(vectors, n) if self.models and n else None
        return {"lex": lex, "sim": sim, "nearest": nearest, "terms": terms, "learned": learned}

    def _fit_models(self) -> dict[str, object]:
        """One logistic model per code with enough labelled units on both sides."""
        if not self.examples:
            return {}
        from sklearn.linear_model import LogisticRegression

        profile_examples = [
            Example(t, "sv", frozenset({o}))
            for t, o, kind in zip(self.profile_texts, self.owners, self.kinds, strict=True)
            if kind == "example"
        ]
        data = profile_examples + self.examples
        matrix = self.vectorizer.transform([e.text for e in data])
        weights = np.array([e.weight for e in data])
        models: dict[str, object] = {}
        for code in self.codes:
            labelled = [
                i
                for i, e in enumerate(data)
                if code in e.codes or code in e.negative_for or e is not None
            ]
            y = np.array([1 if code in data[i].codes else 0 for i in labelled])
            own = sum(1 for e in self.examples if code in e.codes)
            if own < 3 or y.sum() == 0 or y.sum() == len(y):
                continue
            model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=500)
            model.fit(matrix[labelled], y, sample_weight=weights[labelled])
            models[code] = model
        return models

    def _predict(self, vectors: object, n: int) -> np.ndarray:
        out = np.full((n, len(self.codes)), np.nan)
        for j, code in enumerate(self.codes):
            model = self.models.get(code)
            if model is not None:
                out[:, j] = model.predict_proba(vectors)[:, 1]  # type: ignore[attr-defined]
        return out

    # -- scores --------------------------------------------------------------------------

    def calibrate(self, reference: Sequence[Candidate]) -> None:
        """Fix each code's baseline from a sample of the corpus, per language.

        Most talk fits no code, so the median and upper spread of the evidence over the
        corpus say what "nothing special" looks like for each code; scoring a single
        document against that baseline means the same as scoring the whole corpus.
        """
        comp = self.components(reference)
        raw = 1.2 * comp["lex"] + 2.0 * comp["sim"]
        langs = np.array([c.lang for c in reference])
        self.baseline = {
            lang: _baseline(raw[langs == lang], comp["sim"][langs == lang])
            for lang in set(langs.tolist())
            if (langs == lang).sum() >= 50
        }

    def score(self, candidates: Sequence[Candidate]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Calibrated scores in [0, 1] (units x codes) and the components behind them."""
        comp = self.components(candidates)
        lex, sim, learned = comp["lex"], comp["sim"], comp["learned"]
        raw = 1.2 * lex + 2.0 * sim
        z = np.zeros_like(raw)
        langs = np.array([c.lang for c in candidates])
        for lang in set(langs.tolist()):
            rows = langs == lang
            median, spread, sim_floor = self.baseline.get(lang) or _baseline(raw[rows], sim[rows])
            z[rows] = (raw[rows] - median) / spread
            comp.setdefault("sim_floor", np.zeros_like(sim))[rows] = sim_floor
        zero_shot = 1.0 / (1.0 + np.exp(-2.0 * (z - 1.6)))
        evidence = (lex > 0) | (sim >= comp["sim_floor"])
        scores = np.where(evidence, zero_shot, zero_shot * 0.3)
        if learned is not None:
            have = ~np.isnan(learned)
            # where a code has a learned model, it speaks with the corpus-calibrated evidence
            scores = np.where(
                have,
                LEARNED_WEIGHT * np.nan_to_num(learned) + (1 - LEARNED_WEIGHT) * scores,
                scores,
            )
        interviewer = np.array([c.interviewer for c in candidates], dtype=bool)
        scores[interviewer] *= 0.2  # questions get no code by convention
        short = np.array([len(c.text.split()) < MIN_WORDS for c in candidates], dtype=bool)
        scores[short] *= 0.3  # "Mm.", "Säger de." carry no codable content on their own
        comp["z"] = z
        return scores, comp

    def suggest(
        self,
        candidates: Sequence[Candidate],
        threshold: float = DEFAULT_THRESHOLD,
        codes: Sequence[str] | None = None,
    ) -> list[Draft]:
        """Suggested segments: units over the threshold, adjacent ones of a code merged."""
        if not candidates:
            return []
        scores, comp = self.score(candidates)
        wanted = [j for j, k in enumerate(self.codes) if codes is None or k in codes]
        drafts: list[Draft] = []
        for j in wanted:
            run: list[int] = []
            for i in [*range(len(candidates)), -1]:  # -1 closes the last run
                hit = i >= 0 and scores[i, j] >= threshold
                contiguous = (
                    hit
                    and run
                    and candidates[run[-1]].document_id == candidates[i].document_id
                    and i == run[-1] + 1
                )
                if hit and (not run or contiguous):
                    run.append(i)
                    continue
                if run:
                    drafts.append(self._draft(candidates, run, j, scores, comp))
                run = [i] if hit else []
        drafts.sort(key=lambda d: (d.document_id, d.start, d.code))
        return drafts

    def _draft(
        self,
        candidates: Sequence[Candidate],
        run: list[int],
        j: int,
        scores: np.ndarray,
        comp: dict[str, np.ndarray],
    ) -> Draft:
        best = max(run, key=lambda i: scores[i, j])
        terms = sorted({t for i in run for t in comp["terms"][i][j]})
        near = int(comp["nearest"][best, j])
        methods = [
            m
            for m, on in (
                ("lexicon", bool(terms)),
                ("similarity", comp["sim"][best, j] > 0.05),
                (
                    "learned",
                    comp["learned"] is not None and not math.isnan(comp["learned"][best, j]),
                ),
            )
            if on
        ]
        evidence = {
            "terms": terms,
            "nearest": self.profile_texts[near] if near >= 0 else None,
            "lexicon": round(float(comp["lex"][best, j]), 3),
            "similarity": round(float(comp["sim"][best, j]), 3),
            "z": round(float(comp["z"][best, j]), 2),
        }
        if comp["learned"] is not None and not math.isnan(comp["learned"][best, j]):
            evidence["learned"] = round(float(comp["learned"][best, j]), 3)
        return Draft(
            candidates[run[0]].document_id,
            candidates[run[0]].start,
            candidates[run[-1]].end,
            self.codes[j],
            round(float(max(scores[i, j] for i in run)), 4),
            "+".join(methods) or "similarity",
            evidence,
        )


def _baseline(raw: np.ndarray, sim: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per code: median evidence, its upper spread, and the similarity that counts as strong."""
    median = np.median(raw, axis=0)
    spread = np.maximum(np.percentile(raw, 90, axis=0) - median, 0.05)
    return median, spread, np.percentile(sim, 97, axis=0)

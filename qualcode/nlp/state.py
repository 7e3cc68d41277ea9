"""A fitted suggestion engine as plain data, and back: JSON and number arrays, no pickle.

Fitting the engine costs seconds (the lemma tables, the learned models, the stacker);
using a fitted one costs a fraction of that. The project keeps the fitted state
(``store.suggestions``) and reuses it until what it learned from changes. The state is
two parts: ``meta``, a JSON-able dict (codes, profile texts, n-grams, stacker feature
names, the lemma entries the keywords can use), and ``arrays``, a dict of numeric numpy
arrays (IDF weights, per-code linear models, the stacker's coefficients) that the store
writes with ``numpy.savez`` and reads with ``allow_pickle=False``.

A state read back is checked before use (:func:`from_state` raises ``StateError`` on any
missing part, wrong shape, wrong type or non-finite number): a project file can come from
anyone, and a damaged or hostile state must only ever cost a refit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from qualcode.model import Code
from qualcode.nlp.calibrate import Stacker
from qualcode.nlp.charvec import CharVectorizer
from qualcode.nlp.classifier import LinearModel, ProbabilityModel, TextClassifier
from qualcode.nlp.fewshot import STAGE_FEATURES, Shot, ShotScorer, ShotStage
from qualcode.nlp.learn import rejected_penalty
from qualcode.nlp.lexicon import Lexicon
from qualcode.nlp.normalise import spelling, stem
from qualcode.nlp.parts_gate import parts_of
from qualcode.nlp.scorers import CharScorer, LexiconScorer, Scorer, SemanticScorer
from qualcode.nlp.similarity import ProfileItem
from qualcode.nlp.suggest import MODEL_VERSION, Embed, Example, Suggester
from qualcode.nlp.variants import PHRASE_GAP, Keyword

STATE_FORMAT = 2  # 2: the few-shot stage (nearest coded passages) is kept too
MAX_TERMS = 5_000_000  # more n-grams than any project yields: a sign of a hostile state
MAX_KEYWORDS = 200_000  # compiled keywords: far more than any codebook has


class StateError(ValueError):
    """A stored engine state that cannot be used (damaged, foreign or from another version)."""


def relevant_lemmas(lexicon: Lexicon, table: Mapping[str, str] | None, lang: str) -> dict[str, str]:
    """The entries of a lookup table that can change a keyword match: those whose lemma's
    stem is a form of some keyword. A word's lemma is only ever used as one more key to
    match keyword forms on, so the other (hundreds of thousands of) entries change nothing;
    keeping these few in the state spares every later run loading the whole table."""
    if not table:
        return {}
    forms = {f for k in lexicon.keywords for slot in k.forms for f in slot}
    # a stem is the lower-cased word minus an ending, so only lemmas that begin with a
    # form's first three letters (or are a short form) can stem to one: a cheap first cut.
    # A table has far fewer lemmas than words (Swedish: 93k against 660k), so each lemma is
    # judged once and the words are then picked by a set lookup alone.
    starts = {f[:3] for f in forms}
    lemmas = {lemma for lemma in table.values() if isinstance(lemma, str)}
    keep = {
        lemma
        for lemma in lemmas
        if ((low := lemma.lower())[:3] in starts or low in forms)
        and (stem(low, lang) in forms or stem(spelling(low, lang), lang) in forms)
    }
    out: dict[str, str] = {
        word: lemma
        for word, lemma in table.items()
        if isinstance(lemma, str) and lemma in keep and isinstance(word, str) and lemma != word
    }
    return out


def to_state(
    engine: Suggester, lemmas: Mapping[str, Mapping[str, str]] | None = None
) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The fitted engine as (JSON-able meta, numeric arrays)."""
    vectorizer = engine.vectorizer
    if not isinstance(vectorizer, CharVectorizer):
        raise StateError("only the built-in character vectoriser can be kept")
    classifier = next(s for s in engine.scorers if isinstance(s, TextClassifier))
    k, width = len(engine.codes), len(vectorizer.terms)
    coef = np.zeros((k, width), dtype=np.float32)
    intercept = np.zeros(k, dtype=np.float64)
    present = np.zeros(k, dtype=bool)
    for j, model in enumerate(classifier.models):
        if model is not None:
            linear = LinearModel.of(model)
            coef[j], intercept[j], present[j] = linear.coef, linear.intercept, True
    rejected = [[e.text, e.lang, sorted(e.negative_for)] for e in engine.examples if e.negative_for]
    shots = next((s for s in engine.scorers if isinstance(s, ShotScorer)), None)
    stage = engine.stage if shots is not None else None
    kept_shots = shots.shots if shots is not None and stage is not None else []
    meta: dict[str, Any] = {
        "format": STATE_FORMAT,
        "model_version": MODEL_VERSION,
        "codes": list(engine.codes),
        "items": [[i.code, i.lang, i.kind, i.text] for i in engine.items],
        "terms": list(vectorizer.terms),
        "stacker_names": list(engine.stacker.names),
        "stacker_intercept": float(engine.stacker.intercept),
        # the per-language stackers (``learn.by_language``): their languages and intercepts
        "stacker_langs": [[lang, float(s.intercept)] for lang, s in engine.stacker.langs.items()],
        "rejected": rejected,
        "learned": any(e.weight >= 1.0 for e in engine.examples),
        "semantic": any(isinstance(s, SemanticScorer) for s in engine.scorers),
        "signature": engine.signature,
        "shots": [[s.text, s.lang, list(s.codes), list(s.negative)] for s in kept_shots],
        "stage_intercept": float(stage.stacker.intercept) if stage else 0.0,
        "lemmas": {
            lang: relevant_lemmas(engine.lexicon, table, lang)
            for lang, table in (lemmas or engine.lexicon.lemmas).items()
        },
        # the English words its compound keywords split into: read back without the table
        "english_parts": sorted(engine.lexicon.english_parts),
        # the keywords as compiled, with the terms they were compiled from (``_keywords``)
        "keywords": {
            "terms": source_terms(engine.lexicon.source),
            "compiled": [
                [k.code, k.lang, k.term, [list(slot) for slot in k.forms], k.weight, k.root, k.gap]
                for k in engine.lexicon.keywords
            ],
        },
    }
    arrays: dict[str, np.ndarray] = {
        "idf": np.asarray(vectorizer.idf_, dtype=np.float32),
        "lexicon_idf": np.asarray(engine.lexicon.idf, dtype=np.float64),
        "coef": coef,
        "intercept": intercept,
        "present": present,
        "stacker_coef": np.asarray(engine.stacker.coef, dtype=np.float64),
        "stacker_lang_coef": np.array(
            [s.coef for s in engine.stacker.langs.values()], dtype=np.float64
        ).reshape(len(engine.stacker.langs), len(engine.stacker.names)),
    }
    if stage is not None:
        arrays["stage_coef"] = np.asarray(stage.stacker.coef, dtype=np.float64)
        arrays["stage_active"] = np.asarray(stage.active, dtype=bool)
        arrays["stage_gate"] = np.asarray(stage.gate, dtype=np.float64)
    return meta, arrays


def from_state(
    meta: Mapping[str, Any],
    arrays: Mapping[str, np.ndarray],
    codes: Sequence[Code],
    embed: Embed | None = None,
) -> Suggester:
    """A ready engine from a stored state and the codebook it was fitted with.

    Raises ``StateError`` for anything damaged or foreign; never executes stored data.
    """
    try:
        return _build(meta, arrays, codes, embed)
    except StateError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise StateError(f"unusable engine state: {type(exc).__name__}: {exc}") from exc


def _build(
    meta: Mapping[str, Any],
    arrays: Mapping[str, np.ndarray],
    codes: Sequence[Code],
    embed: Embed | None,
) -> Suggester:
    if not isinstance(meta, Mapping) or meta.get("format") != STATE_FORMAT:
        raise StateError("engine state of another format")
    if meta.get("model_version") != MODEL_VERSION:
        raise StateError("engine state of another model version")
    keys = _strings(meta["codes"], "codes")
    if keys != [c.key for c in codes]:
        raise StateError("engine state fitted on another codebook")
    if bool(meta["semantic"]) != (embed is not None):
        raise StateError("engine state of another tier")
    terms = _strings(meta["terms"], "terms")
    k, width = len(keys), len(terms)
    if width > MAX_TERMS:
        raise StateError("engine state with too many n-grams")
    idf = _array(arrays, "idf", (width,))
    coef = _array(arrays, "coef", (k, width))
    intercept = _array(arrays, "intercept", (k,))
    present = _array(arrays, "present", (k,), kind="b")
    names = _strings(meta["stacker_names"], "stacker_names")
    stacker_coef = _array(arrays, "stacker_coef", (len(names),))
    stacker_intercept = float(meta["stacker_intercept"])
    if not np.isfinite(stacker_intercept):
        raise StateError("engine state with a non-finite number")
    by_lang = meta["stacker_langs"]
    if not isinstance(by_lang, list) or not all(
        isinstance(row, list) and len(row) == 2 for row in by_lang
    ):
        raise StateError("engine state with unreadable per-language stackers")
    lang_coef = _array(arrays, "stacker_lang_coef", (len(by_lang), len(names)))
    langs: dict[str, Stacker] = {}
    for (lang, lang_intercept), row in zip(by_lang, lang_coef, strict=True):
        value = float(lang_intercept)
        if not isinstance(lang, str) or not np.isfinite(value):
            raise StateError("engine state with unreadable per-language stackers")
        langs[lang] = Stacker(names, row, value)
    items = [ProfileItem(*_strings(row, "items")) for row in meta["items"]]
    if any(i.code not in keys for i in items):
        raise StateError("engine state with profile items of unknown codes")
    lemmas: dict[str, dict[str, str]] = {}
    for lang, table in dict(meta["lemmas"]).items():
        words, lemma_of = _strings(list(table), "lemmas"), _strings(list(table.values()), "lemmas")
        lemmas[str(lang)] = dict(zip(words, lemma_of, strict=True))
    rejected = [
        Example(str(text), str(lang), frozenset(), frozenset(_strings(neg, "rejected")))
        for text, lang, neg in meta["rejected"]
    ]

    engine = Suggester.__new__(Suggester)
    engine.codes = keys
    engine.parts = parts_of(codes)  # the codebook's, as given (the fingerprint holds them)
    engine.examples = rejected
    engine.items = items
    engine.vectorizer = CharVectorizer(terms, idf)
    # kept before the English words were (same model version): asked of the table again
    english = meta.get("english_parts")
    parts = None if english is None else _strings(english, "english_parts")
    source = {c.key: c.keywords for c in codes}
    engine.lexicon = Lexicon(source, lemmas, parts, _keywords(meta, source, keys))
    lexicon_idf = _array(arrays, "lexicon_idf", (len(engine.lexicon.keywords),))
    engine.lexicon.idf = [float(v) for v in lexicon_idf]
    scorers: list[Scorer] = [
        LexiconScorer(keys, engine.lexicon),
        CharScorer(keys, items, engine.vectorizer),
    ]
    if embed is not None:
        scorers.append(SemanticScorer(keys, items, embed))
    engine.stage = None
    shots = [_shot(row, keys) for row in meta["shots"]]
    if shots:
        if embed is None:
            raise StateError("engine state: a few-shot stage without the semantic tier")
        stage_coef = _array(arrays, "stage_coef", (len(STAGE_FEATURES),))
        active = _array(arrays, "stage_active", (k,), kind="b")
        gate = _array(arrays, "stage_gate", (k,))
        stage_intercept = float(meta["stage_intercept"])
        if not np.isfinite(stage_intercept):
            raise StateError("engine state with a non-finite number")
        scorers.append(ShotScorer(keys, shots, embed))
        stage = Stacker(list(STAGE_FEATURES), stage_coef, stage_intercept)
        engine.stage = ShotStage(stage, active, gate)
    models: list[ProbabilityModel | None] = [
        LinearModel(coef[j], float(intercept[j])) if present[j] else None for j in range(k)
    ]
    scorers.append(TextClassifier(keys, models))
    engine.scorers = scorers
    engine.penalty = rejected_penalty(keys, rejected, engine.vectorizer)
    engine.stacker = Stacker(names, stacker_coef, stacker_intercept, langs)
    engine.learned = bool(meta["learned"])
    engine.signature = str(meta["signature"])
    engine.fix_method_codes()
    return engine


def source_terms(keywords: Mapping[str, Mapping[str, Sequence[str]]]) -> list[list[Any]]:
    """A codebook's terms as [code, language, [terms]], in the order they are compiled in:
    the keywords kept with an engine are used while the codebook's terms are these."""
    return [
        [code, lang, list(terms)]
        for code, per_lang in keywords.items()
        for lang, terms in per_lang.items()
    ]


def _keywords(
    meta: Mapping[str, Any], source: Mapping[str, Mapping[str, Sequence[str]]], keys: list[str]
) -> list[Keyword] | None:
    """The keywords as they were compiled when the engine was fitted, or None: compile
    them again from the codebook, as an engine kept before they were is read back, and as
    one must be whose codebook's terms have changed since (a keyword edited, added or
    removed: its variants and inflected spellings are those of the terms now)."""
    kept = meta.get("keywords")
    if kept is None:
        return None
    if not isinstance(kept, Mapping) or not isinstance(kept.get("compiled"), list):
        raise StateError("engine state: keywords must hold a list of compiled ones")
    if kept.get("terms") != source_terms(source):
        return None
    rows = kept["compiled"]
    if len(rows) > MAX_KEYWORDS:
        raise StateError("engine state with too many keywords")
    compiled: list[Keyword] = []
    for row in rows:
        compiled.append(_keyword(row, compiled, keys))
    return compiled


def _keyword(row: Any, before: list[Keyword], keys: Sequence[str]) -> Keyword:
    """One compiled keyword, checked: of a code of the codebook, its forms strings, a
    finite weight, and a variant pointing back to a term of its own code before it."""
    if not isinstance(row, list) or len(row) != 7:
        raise StateError(
            "engine state: a keyword must be [code, lang, term, forms, weight, root, gap]"
        )
    code, lang, term = _strings(row[:3], "keywords")
    forms, weight, root, gap = row[3:]
    slots = tuple(tuple(slot) for slot in forms if isinstance(slot, list) and slot)
    if not (isinstance(forms, list) and slots and len(slots) == len(forms)) or not all(
        isinstance(form, str) for slot in slots for form in slot
    ):
        raise StateError("engine state: a keyword's forms must be lists of strings")
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not np.isfinite(weight):
        raise StateError("engine state: a keyword's weight must be a finite number")
    if not (_whole(root) and _whole(gap) and -1 <= root < len(before) and 0 <= gap <= PHRASE_GAP):
        raise StateError("engine state: a keyword's root or gap is out of range")
    of_root = (before[root].code, before[root].lang, before[root].term) if root >= 0 else None
    if code not in keys or of_root not in (None, (code, lang, term)):
        raise StateError("engine state: a keyword of an unknown code or term")
    return Keyword(code, lang, term, slots, float(weight), len(before), root, gap)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shot(row: Any, keys: Sequence[str]) -> Shot:
    if not isinstance(row, list) or len(row) != 4:
        raise StateError("engine state: a few-shot passage must be [text, lang, codes, not]")
    text, lang = _strings(row[:2], "shots")
    codes, negative = _strings(row[2], "shots"), _strings(row[3], "shots")
    if any(c not in keys for c in codes) or any(c not in keys and c != "*" for c in negative):
        raise StateError("engine state with few-shot passages of unknown codes")
    return Shot(text, lang, tuple(codes), tuple(negative))


def _strings(values: Any, what: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise StateError(f"engine state: {what} must be a list of strings")
    return values


def _array(
    arrays: Mapping[str, np.ndarray], name: str, shape: tuple[int, ...], kind: str = "f"
) -> np.ndarray:
    value = arrays.get(name)
    if not isinstance(value, np.ndarray) or value.shape != shape or value.dtype.kind != kind:
        raise StateError(f"engine state: {name} is missing or has the wrong shape or type")
    if kind == "f" and not np.isfinite(value).all():
        raise StateError(f"engine state: {name} holds a non-finite number")
    return value

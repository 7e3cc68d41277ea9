"""Suggestion quality on labelled passages: zero-shot and few-shot, Swedish and English.

Reads ``benchmarks/data/eval_{sv,en}.jsonl`` (``{"id", "text", "labels", "speaker",
"source"}``; an empty ``labels`` list means the passage fits no code) and the shipped
codebook, and prints per-code precision, recall and F1, macro-F1 and the share of passages
that fit no code but got a suggestion, at the engine's default threshold:

- zero-shot: the codebook alone;
- few-shot: 5 labelled passages per code drawn from the file (as if a coder had accepted
  them), evaluated on the rest, averaged over several draws;
- for Swedish, also without the codebook's English examples.

    python benchmarks/eval_suggest.py [--codebook codebooks/turning_points.yaml]
        [--shots 5] [--draws 5] [--semantic] [--threshold X] [--json] [--errors]

``--errors`` also lists the zero-shot misses and false alarms passage by passage (id,
code, probability, text), so one can see what kind of wording the engine misses.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qualcode.codebook import load_codebook  # noqa: E402
from qualcode.model import Code  # noqa: E402
from qualcode.nlp.evaluate import macro_f1, none_suggested, prf  # noqa: E402
from qualcode.nlp.normalise import lemma_table  # noqa: E402
from qualcode.nlp.suggest import (  # noqa: E402
    DEFAULT_THRESHOLD,
    Candidate,
    Example,
    Suggester,
    is_interviewer,
)


def load_codes(path: Path) -> list[Code]:
    return load_codebook(path).engine_codes()


def load_items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _speaker(item: dict) -> str:
    return (item.get("speaker") or "").strip().lower().rstrip(":")


def document_labels(items: list[dict]) -> dict[str, list[str]]:
    """Each source's speaker labels: who asks is read per document, as a project reads it
    (``nlp.scorers.is_interviewer``: "I:" asking "Lena:" with the attribute "Lena")."""
    labels: dict[str, list[str]] = {}
    for item in items:
        known = labels.setdefault(item.get("source") or "eval", [])
        if _speaker(item) and _speaker(item) not in known:
            known.append(_speaker(item))
    return labels


def candidates(items: list[dict], lang: str) -> list[Candidate]:
    out, pos = [], 0
    labels = document_labels(items)
    for item in items:
        speaker = _speaker(item)
        named = str(item.get("interviewer") or "").lower()
        out.append(
            Candidate(
                item.get("source") or "eval",
                pos,
                pos + len(item["text"]),
                item["text"],
                lang,
                is_interviewer(speaker, named, labels[item.get("source") or "eval"]),
                len(out),  # each passage its own turn: no context crosses passages
            )
        )
        pos += len(item["text"]) + 2  # a gap: passages are not adjacent units
    return out


def evaluate(
    engine: Suggester, cands: list[Candidate], truth: np.ndarray, threshold: float, keep: np.ndarray
) -> dict:
    probs, _ = engine.score(cands)
    predicted = probs[keep] >= threshold
    y = truth[keep]
    r = prf(predicted, y)
    return {
        "macro_f1": macro_f1(predicted, y),
        "per_code": {
            code: {m: float(r[m][j]) for m in ("precision", "recall", "f1", "support")}
            for j, code in enumerate(engine.codes)
        },
        "none_suggested": none_suggested(predicted, y),
        "units": len(y),
    }


def run(lang: str, codes: list[Code], items: list[dict], args: argparse.Namespace) -> dict:
    keys = [c.key for c in codes]
    cands = candidates(items, lang)
    truth = np.array([[k in item["labels"] for k in keys] for item in items], dtype=bool)
    embed = None
    if args.semantic:
        from qualcode.nlp.semantic import load_embedder

        embed = load_embedder()
    table = None if args.no_lemmas else lemma_table(lang)
    lemmas = {lang: table} if table is not None else None
    results: dict[str, dict] = {}
    everyone = np.ones(len(items), dtype=bool)
    engine = Suggester(codes, [], lemmas=lemmas, embed=embed)
    results["zero-shot"] = evaluate(engine, cands, truth, args.threshold, everyone)
    if args.errors and not args.json:
        show_errors(lang, engine, cands, items, truth, args.threshold)
    if lang == "sv":
        mono = [replace(c, examples={"sv": c.examples.get("sv", ())}) for c in codes]
        engine = Suggester(mono, [], lemmas=lemmas, embed=embed)
        results["zero-shot, no English examples"] = evaluate(
            engine, cands, truth, args.threshold, everyone
        )
    draws = []
    for seed in range(args.draws):
        rng = random.Random(seed)
        chosen: set[int] = set()
        for j, _key in enumerate(keys):
            pool = [i for i in range(len(items)) if truth[i, j] and i not in chosen]
            chosen.update(rng.sample(pool, min(args.shots, len(pool))))
        examples = [
            Example(items[i]["text"], lang, frozenset(items[i]["labels"])) for i in sorted(chosen)
        ]
        engine = Suggester(codes, examples, lemmas=lemmas, embed=embed)
        rest = np.array([i not in chosen for i in range(len(items))])
        draws.append(evaluate(engine, cands, truth, args.threshold, rest))
    results[f"few-shot ({args.shots} per code, {args.draws} draws)"] = average(draws)
    return results


def show_errors(
    lang: str,
    engine: Suggester,
    cands: list[Candidate],
    items: list[dict],
    truth: np.ndarray,
    threshold: float,
) -> None:
    """Print every zero-shot false negative and false positive with its probability.

    Figures alone do not say what the engine misses; the passages do.
    """
    probs, _ = engine.score(cands)
    predicted = probs >= threshold
    for title, wrong in (
        ("false negatives (coded, not suggested)", truth & ~predicted),
        ("false positives (suggested, not coded)", ~truth & predicted),
    ):
        rows = [(i, j) for i, j in zip(*np.nonzero(wrong), strict=True)]
        print(f"\n[{lang}] zero-shot {title}: {len(rows)}")
        for i, j in rows:
            item = items[i]
            labels = ",".join(item["labels"]) or "-"
            print(
                f"  {item['id']}  {engine.codes[j]:20s} p={probs[i, j]:.2f}  "
                f"[{labels}] {item['text']}"
            )


def average(draws: list[dict]) -> dict:
    first = draws[0]
    return {
        "macro_f1": float(np.mean([d["macro_f1"] for d in draws])),
        "per_code": {
            code: {m: float(np.nanmean([d["per_code"][code][m] for d in draws])) for m in stats}
            for code, stats in first["per_code"].items()
        },
        "none_suggested": float(np.mean([d["none_suggested"] for d in draws])),
        "units": first["units"],
    }


def show(lang: str, results: dict) -> None:
    for setting, r in results.items():
        print(
            f"\n[{lang}] {setting}: macro-F1 {r['macro_f1']:.3f}, no-code units suggested "
            f"{r['none_suggested']:.1%} ({r['units']} passages)"
        )
        for code, s in r["per_code"].items():
            print(
                f"  {code:22s} P {s['precision']:.2f}  R {s['recall']:.2f}  "
                f"F1 {s['f1']:.2f}  n {s['support']:.0f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--codebook", type=Path, default=ROOT / "codebooks" / "turning_points.yaml")
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data")
    parser.add_argument("--langs", default="sv,en")
    parser.add_argument("--shots", type=int, default=5)
    parser.add_argument("--draws", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--semantic", action="store_true", help="add the embedding tier")
    parser.add_argument("--no-lemmas", action="store_true", help="stems only, no lookup lemmas")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--errors", action="store_true", help="list zero-shot false negatives and positives"
    )
    args = parser.parse_args()
    codes = load_codes(args.codebook)
    everything = {}
    for lang in args.langs.split(","):
        items = load_items(args.data / f"eval_{lang}.jsonl")
        everything[lang] = run(lang, codes, items, args)
        if not args.json:
            show(lang, everything[lang])
    if args.json:
        print(json.dumps(everything, indent=2))


if __name__ == "__main__":
    main()

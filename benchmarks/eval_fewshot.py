"""Few-shot as the issue measures it: k accepted codings for EVERY code, from the same text.

The hidden protocol of issue 10 (item 4) gives each code five accepted codings drawn from
the very text that is then scored. ``eval_real.py`` cannot show that on our real sets: it
gives shots only to codes with 10+ labelled sentences of a set, so one code (mostly
integration) got shots and pulled everything toward it. Here each *material* is one kind
of text in one language, and every code gets its shots from it:

- ``data-sv-interview``, ``data-sv-report``, ``data-en-interview``, ``data-en-report``:
  ``benchmarks/data`` by source kind and language (written for development);
- ``dev-sv``, ``dev-en``: the real development sets POOLED by language (realdev + real2dev
  + real3dev + real4dev + real5dev; read where they lie, never copied);
- ``SET-LANG`` (e.g. ``real5dev-sv``): one set of ``eval_real.py`` in one language, so that
  the shots come from the very text that is scored, as in the hidden protocol;
- ``held-sv``, ``held-en``: the held-out sets pooled the same way (realtext + real2held +
  real3held + real4held + real5held): figures only, measured once at the end, never tuned on.

A code with n labelled sentences in a material gets ``min(k, n - 3)`` shots (so at least
three of its sentences are always scored; a code with 3 or fewer gets none and is then
scored as zero-shot, and said so in the ``shots`` column). Shots are a coder's accepted
codings (``Example`` with weight 3, as the project passes them); they are never scored.
Zero-shot and k-shot are scored on exactly the same sentences (those not drawn), averaged
over ``--draws`` draws (seeds 0..draws-1). Figures as ``eval_real.py``: macro-F1 over the
codes present, per-code F1, coverage, precision and the no-code rate.

``--as-documents`` scores as a coder meets the text after accepting the codings: each
document of the material imported whole (``eval_docs.py``: paragraph turns, the product's
units, each read alone and in its window of the turn), every labelled sentence getting the
best probability of the units it overlaps. Shots are drawn and given exactly as without it
(a sentence as a coding), and zero-shot and k-shot are scored on the same mapped sentences.
Without it each sentence is scored alone, in its own turn, so no context rule acts.

    python benchmarks/eval_fewshot.py [--materials ...] [--semantic on,off] [--shots 1,3,5,10]
        [--draws 5] [--embed-cache FILE] [--as-documents] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_docs import imported, per_sentence  # noqa: E402
from benchmarks.eval_real import figures, mean, prepare, tiers  # noqa: E402
from benchmarks.eval_suggest import load_codes  # noqa: E402
from benchmarks.real_sets import REALTEXT, SPLIT_SETS, load_set  # noqa: E402
from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Example, Suggester  # noqa: E402

DEV = ("realdev", *(f"real{n}dev" for n in range(2, 10)))
HELD = ("realtext", *(f"real{n}held" for n in range(2, 10)))
MATERIALS = (
    "data-sv-interview",
    "data-sv-report",
    "data-en-interview",
    "data-en-report",
    "dev-sv",
    "dev-en",
)
KEEP_SCORED = 3  # sentences of a code always left to score
SHOT_WEIGHT = 3.0  # what the project gives a coder's accepted coding (project/engine.py)


def material(name: str) -> list[dict]:
    """The rows of one material (one kind of text, one language)."""
    parts = name.split("-")
    if parts[0] == "data":
        lang, kind = parts[1], parts[2]
        rows = load_set("data")
        return [{**r, "set": "data"} for r in rows if r["lang"] == lang and r["kind"] == kind]
    # one set alone ("real5dev-sv"): shots and scored sentences from the very same text
    sets = {"dev": DEV, "held": HELD}.get(parts[0], (parts[0],))
    return [{**r, "set": s} for s in sets for r in load_set(s) if r["lang"] == parts[1]]


def in_documents(rows: list[dict]) -> tuple[list, list[list[int]]]:
    """Every set's documents imported as ``eval_real.py --as-documents`` imports them (each
    set from its own raw folder), and per row the units it overlaps."""
    folders = {"realtext": REALTEXT.parent, **SPLIT_SETS}
    units: list = []
    hits: list[list[int]] = [[] for _ in rows]
    for name in dict.fromkeys(r["set"] for r in rows):
        idx = [i for i, r in enumerate(rows) if r["set"] == name]
        got, where = imported(name, [rows[i] for i in idx], folders)
        for i, hit in zip(idx, where, strict=True):
            hits[i] = [len(units) + h for h in hit]
        units += got
    return units, hits


def draw(truth: np.ndarray, k: int, seed: int) -> list[int]:
    """Per code, ``min(k, n - KEEP_SCORED)`` of its sentences (a sentence drawn once)."""
    rng = random.Random(seed)
    chosen: set[int] = set()
    for j in range(truth.shape[1]):
        pool = [i for i in np.nonzero(truth[:, j])[0].tolist() if i not in chosen]
        take = min(k, len(pool) - KEEP_SCORED)
        if take > 0:
            chosen.update(rng.sample(pool, take))
    return sorted(chosen)


def evaluate(name: str, rows: list[dict], codes: list, args: argparse.Namespace, embed) -> list:
    """Zero-shot vs k-shot on the same scored sentences, for every k, averaged over draws."""
    keys = [c.key for c in codes]
    cands, truth, lemmas = prepare(rows, codes)
    scored = np.ones(len(rows), dtype=bool)
    if args.as_documents:  # the documents' own units, each read in its turn
        units, hits = in_documents(rows)
        scored = np.array([bool(hit) for hit in hits], dtype=bool)
        if not scored.all():
            lost = int((~scored).sum())
            print(f"{name}: {lost} sentences not found in their document", file=sys.stderr)

    def score(engine: Suggester) -> np.ndarray:
        if not args.as_documents:
            return engine.score(cands)[0]
        return per_sentence(engine.score(units)[0], hits)

    zero_probs = score(Suggester(codes, [], lemmas=lemmas, embed=embed))
    out = []
    for k in args.shots:
        zero_runs, few_runs, given = [], [], np.zeros(len(keys))
        for seed in range(args.draws):
            chosen = draw(truth, k, seed)
            if not chosen:
                break
            given += truth[chosen].sum(axis=0)
            examples = [
                Example(
                    rows[i]["text"],
                    rows[i]["lang"],
                    frozenset(rows[i]["labels"]),
                    weight=SHOT_WEIGHT,
                )
                for i in chosen
            ]
            probs = score(Suggester(codes, examples, lemmas=lemmas, embed=embed))
            rest = scored.copy()
            rest[chosen] = False
            zero_runs.append(figures(zero_probs, truth, rest, args.threshold))
            few_runs.append(figures(probs, truth, rest, args.threshold))
        if few_runs:
            shots = "/".join(f"{g / len(few_runs):.0f}" for g in given)
            out.append((k, shots, mean(zero_runs), mean(few_runs)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--codebook", type=Path, default=ROOT / "codebooks" / "turning_points.yaml")
    parser.add_argument("--materials", default=",".join(MATERIALS))
    parser.add_argument("--semantic", default="on,off")
    parser.add_argument("--shots", default="5", help="comma-separated k values, e.g. 1,3,5,10")
    parser.add_argument("--draws", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--embed-cache", type=Path, help="keep embeddings in this file")
    parser.add_argument(
        "--as-documents",
        action="store_true",
        help="score each document's own units in context, as the product suggests",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", "Mean of empty slice")  # a code absent from a material
    args.shots = [int(k) for k in args.shots.split(",")]
    codes = load_codes(args.codebook)
    keys = [c.key for c in codes]
    table = []
    for tier, embed in tiers(args.semantic, args.embed_cache):
        for name in args.materials.split(","):
            rows = material(name)
            if not rows:
                print(f"{name}: no rows", file=sys.stderr)
                continue
            for k, shots, zero, few in evaluate(name, rows, codes, args, embed):
                row = {"material": name, "tier": tier, "k": k, "shots": shots}
                table.append({**row, "zero": zero, "few": few})
    if args.json:
        print(json.dumps(table, indent=2))
        return
    short = "/".join("".join(w[0] for w in k.split("_")) for k in keys)
    print(
        f"| material | tier | k | shots {short} | macro-F1 zero -> k-shot | per code {short} "
        "| coverage | precision | no-code | n coded/none |"
    )
    print("|" + " --- |" * 10)
    for r in table:
        z, f = r["zero"], r["few"]
        per = " ".join(f"{z['f1'][j]:.2f}->{f['f1'][j]:.2f}" for j in range(len(keys)))
        print(
            f"| {r['material']} | {r['tier']} | {r['k']} | {r['shots']} | "
            f"{z['macro_f1']:.2f} -> **{f['macro_f1']:.2f}** | {per} | "
            f"{z['coverage']:.0%} -> {f['coverage']:.0%} | "
            f"{z['precision']:.0%} -> {f['precision']:.0%} | "
            f"{z['none_rate']:.0%} -> {f['none_rate']:.0%} | {f['coded']:.0f}/{f['none']:.0f} |"
        )


if __name__ == "__main__":
    main()

"""Suggestion quality side by side on every labelled set: written, real-dev and real held-out.

The sets and where each is read: ``real_sets.py`` (real text is never copied into the
repository).

Each set is scored as a coder meets it: the whole set is the project's talk (its sentences
are the reference the engine sees), every sentence is one unit in its own turn (no context
crosses sentences), grouped into its source document. Zero-shot is the codebook alone;
few-shot adds ``--shots`` labelled sentences per code as a coder's accepted codings and
scores the rest, averaged over ``--draws`` draws. Figures: macro-F1 over the codes present,
per-code F1, coverage (share of coded sentences that got any suggestion), precision (share
of suggestions that were right), and the share of no-code sentences that got one.

    python benchmarks/eval_real.py [--sets data,realdev,realtext] [--semantic on,off]
        [--shots 5] [--draws 3] [--threshold X] [--errors] [--as-documents]

``--as-documents`` adds a zero-shot row per set scored as a user meets it: each document
imported whole into a project (paragraph turns, the product's units), every labelled
sentence mapped to the units it overlaps (``eval_docs.py`` says how, and where each set's
paragraphs come from); the sentences not found in their document are counted on stderr.

``--pooled`` adds, per tier and zero-shot setting, one row named ``pooled`` over every
sentence of the sets given (the policy sets aside) as if they were one set. A mean of
per-set rows weighs a set of three coded sentences like one of fifty: on the English dev
rows one sentence moved the mean by 0.01-0.03 while the pooled figure fell
(benchmarks/SUGGEST.md, "Stop 40, engine40b"), so choose a language's variants on this row.

``--markdown`` prints the rows in benchmarks/README.md's table form (the settings named by
``--show``: ``documents``, ``sentences``, ``no-context``, ``shots``) with the means a stop is
compared on: dev rows, held-out rows, each also with the policy half, and the pooled rows.
``--from-json RUN.json ...`` renders runs saved with ``--json`` instead of measuring (give
the runs' ``--langs``); ``eval_table.py`` says why.

``--errors`` lists the zero-shot errors of development sets only (data, realdev, real2dev,
real3dev ... real9dev): the held-out sets are never looked at sentence by sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_docs import score_as_documents  # noqa: E402
from benchmarks.eval_policy import SETS as POLICY_SETS  # noqa: E402
from benchmarks.eval_policy import documents as policy_documents  # noqa: E402
from benchmarks.eval_policy import half as policy_half  # noqa: E402
from benchmarks.eval_suggest import load_codes  # noqa: E402
from benchmarks.eval_table import DEFAULT_SHOW, SHOW, markdown, read_runs  # noqa: E402
from benchmarks.real_sets import HELD_OUT, REALTEXT, SPLIT_SETS, load_set  # noqa: E402
from qualcode.nlp.evaluate import macro_f1, prf  # noqa: E402
from qualcode.nlp.normalise import lemma_table  # noqa: E402
from qualcode.nlp.semantic import Embed  # noqa: E402
from qualcode.nlp.suggest import (  # noqa: E402
    DEFAULT_THRESHOLD,
    Candidate,
    Example,
    Suggester,
    reading_langs,
)


def candidates(rows: list[dict]) -> list[Candidate]:
    out, pos = [], 0
    for i, row in enumerate(rows):
        out.append(
            Candidate(
                row["doc"],
                pos,
                pos + len(row["text"]),
                row["text"],
                row["lang"],
                row["interviewer"],
                i,
            )
        )
        pos += len(row["text"]) + 2
    return out


def figures(probs: np.ndarray, truth: np.ndarray, keep: np.ndarray, threshold: float) -> dict:
    pred = probs[keep] >= threshold
    y = truth[keep]
    r = prf(pred, y)
    coded = y.any(axis=1)
    none = ~coded
    made = pred.sum()
    return {
        "macro_f1": macro_f1(pred, y),
        # over the coded sentences only: what a theme-dense text (most sentences coded) sees
        "coded_f1": macro_f1(pred[coded], y[coded]) if coded.any() else float("nan"),
        "f1": {k: float(v) for k, v in enumerate(r["f1"])},
        "coverage": float(pred[coded].any(axis=1).mean()) if coded.any() else float("nan"),
        "found": float((pred & y)[coded].any(axis=1).mean()) if coded.any() else float("nan"),
        "precision": float((pred & y).sum() / made) if made else float("nan"),
        "none_rate": float(pred[none].any(axis=1).mean()) if none.any() else float("nan"),
        "coded": int(coded.sum()),
        "none": int(none.sum()),
        # per code: the share of no-code sentences that got that code
        "none_by_code": [float(v) for v in pred[none].mean(axis=0)] if none.any() else [],
    }


def pooled(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], threshold: float) -> dict:
    """``figures`` over every set's kept sentences as one set: ``parts`` are (probs, truth,
    keep) per set, as ``figures`` takes them. Each sentence weighs the same whichever set
    it stands in."""
    probs = np.vstack([p[k] for p, _, k in parts])
    truth = np.vstack([t[k] for _, t, k in parts])
    return figures(probs, truth, np.ones(len(truth), dtype=bool), threshold)


def mean(runs: list[dict]) -> dict:
    """Each figure of ``figures`` averaged over the draws: the scalars, the per-code F1
    and the per-code no-code shares."""
    out: dict[str, object] = {
        k: float(np.nanmean([r[k] for r in runs]))
        for k in runs[0]
        if k not in {"f1", "none_by_code"}
    }
    out["none_by_code"] = [float(v) for v in np.nanmean([r["none_by_code"] for r in runs], axis=0)]
    out["f1"] = {j: float(np.nanmean([r["f1"][j] for r in runs])) for j in runs[0]["f1"]}
    return out


def prepare(rows: list[dict], codes: list) -> tuple[list[Candidate], np.ndarray, dict]:
    """A set's units, its truth (sentences x codes) and the lookup tables the product's
    engine loads for them: its languages' and the codebook's (``reading_langs``)."""
    keys = [c.key for c in codes]
    truth = np.array([[k in r["labels"] for k in keys] for r in rows], dtype=bool)
    lemmas = {
        lang: table
        for lang in sorted({r["lang"] for r in rows} | reading_langs(codes))
        if (table := lemma_table(lang)) is not None
    }
    return candidates(rows), truth, lemmas


def evaluate_set(
    name: str,
    rows: list[dict],
    codes: list,
    args: argparse.Namespace,
    embed,
    keep: dict[str, list] | None = None,
) -> dict:
    """Each setting's figures for one set; with ``keep``, each zero-shot setting's
    (probs, truth, sentences scored) is appended under its name too, for ``pooled``."""
    keys = [c.key for c in codes]
    cands, truth, lemmas = prepare(rows, codes)
    everyone = np.ones(len(rows), dtype=bool)
    engine = Suggester(codes, [], lemmas=lemmas, embed=embed)
    probs, _ = engine.score(cands)
    result = {"zero-shot": figures(probs, truth, everyone, args.threshold)}
    raw = {"zero-shot": (probs, truth, everyone)}
    if args.as_documents:  # the same sentences, read in their documents' paragraphs
        folders = {"realtext": REALTEXT.parent, **SPLIT_SETS}
        doc_probs, no_context, mapped, lost = score_as_documents(
            name, rows, codes, lemmas, embed, folders
        )
        result["zero-shot, documents, no context"] = figures(
            no_context, truth, mapped, args.threshold
        )
        result["zero-shot, documents"] = figures(doc_probs, truth, mapped, args.threshold)
        raw["zero-shot, documents, no context"] = (no_context, truth, mapped)
        raw["zero-shot, documents"] = (doc_probs, truth, mapped)
        if lost:
            print(f"{name}: {lost} labelled sentences not found in their document", file=sys.stderr)
    if args.by_kind:  # one threshold should mean the same on every kind of text
        for kind in sorted({r["kind"] for r in rows if r["kind"]}):
            of_kind = np.array([r["kind"] == kind for r in rows])
            result[f"zero-shot, {kind}"] = figures(probs, truth, of_kind, args.threshold)
            raw[f"zero-shot, {kind}"] = (probs, truth, of_kind)
    if keep is not None:
        for setting, part in raw.items():
            keep.setdefault(setting, []).append(part)
    if args.errors and name not in HELD_OUT:
        show_errors(rows, keys, probs, truth, args.threshold)
    draws = []
    for seed in range(args.draws):
        chosen = draw(truth, args.shots, seed)
        if not chosen:
            break
        examples = [
            Example(rows[i]["text"], rows[i]["lang"], frozenset(rows[i]["labels"]), weight=3.0)
            for i in sorted(chosen)
        ]
        engine = Suggester(codes, examples, lemmas=lemmas, embed=embed)
        probs, _ = engine.score(cands)
        rest = np.array([i not in chosen for i in range(len(rows))])
        draws.append(figures(probs, truth, rest, args.threshold))
    if draws:
        result[f"{args.shots}-shot"] = mean(draws)
    return result


def draw(truth: np.ndarray, shots: int, seed: int) -> set[int]:
    """The sentences (row numbers) a coder's ``shots`` accepted codings per code stand for
    in draw ``seed``: a code with fewer than twice ``shots`` sentences gets none (too few to
    learn from and still score). ``baselines.py`` draws the same shots for its nearest
    example, so the two are compared on the same codings."""
    rng = random.Random(seed)
    chosen: set[int] = set()
    for j in range(truth.shape[1]):
        pool = [i for i in range(len(truth)) if truth[i, j] and i not in chosen]
        if len(pool) < shots * 2:
            continue
        chosen.update(rng.sample(pool, shots))
    return chosen


def tiers(spec: str, cache: Path | None) -> Iterator[tuple[str, Embed | None]]:
    """Each tier named in ``spec`` ("on,off") with its embedder (None for off); "on" is
    skipped, with a word, where the semantic tier cannot load, and uses ``cache`` if given."""
    for tier in spec.split(","):
        embed = None
        if tier == "on":
            from qualcode.nlp.semantic import load_embedder

            embed = load_embedder()
            if embed is None:
                print("semantic tier not available; skipped", file=sys.stderr)
                continue
            if cache is not None:
                embed = disk_cached(embed, cache)
        yield tier, embed


def disk_cached(embed, path: Path):
    """The embedder with its vectors kept in ``path`` (float16 bytes by text key), so that
    repeated evaluation runs embed each text once."""
    import pickle

    from qualcode.nlp.semantic import cached

    store: dict[str, bytes] = pickle.loads(path.read_bytes()) if path.exists() else {}

    def save(vectors) -> None:
        store.update(vectors)
        path.write_bytes(pickle.dumps(store))

    return cached(embed, lambda keys: {k: store[k] for k in keys if k in store}, save)


def show_errors(rows, keys, probs, truth, threshold) -> None:
    pred = probs >= threshold
    for i, row in enumerate(rows):
        if (pred[i] != truth[i]).any():
            got = ",".join(k for j, k in enumerate(keys) if pred[i, j]) or "-"
            want = ",".join(row["labels"]) or "-"
            best = keys[int(probs[i].argmax())]
            top = f"{best}={probs[i].max():.2f}"
            print(f"  want {want:20s} got {got:20s} best {top}  {row['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--codebook", type=Path, default=ROOT / "codebooks" / "turning_points.yaml")
    parser.add_argument(
        "--sets",
        default=(
            "data,realdev,real2dev,real3dev,real4dev,real5dev,real6dev,real7dev,real8dev,real9dev,"
            "realtext,real2held,real3held,real4held,real5held,real6held,real7held,real8held,"
            "real9held"
        ),
    )
    parser.add_argument("--semantic", default="off,on")
    parser.add_argument("--shots", type=int, default=5)
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--langs", default="sv,en")
    parser.add_argument(
        "--pooled",
        action="store_true",
        help="a row over every sentence of the sets as one set (zero-shot settings)",
    )
    parser.add_argument("--errors", action="store_true", help="list zero-shot errors")
    parser.add_argument(
        "--as-documents",
        action="store_true",
        help="also score each set imported as whole documents (paragraph turns, spaCy units)",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="the README's table of the settings in --show, with the dev, held and pooled means",
    )
    parser.add_argument(
        "--show",
        default=DEFAULT_SHOW,
        help=f"settings the markdown table shows, of {','.join(SHOW)} (default {DEFAULT_SHOW})",
    )
    parser.add_argument(
        "--from-json",
        type=Path,
        nargs="+",
        help="render these runs (saved with --json, measured with --langs) instead of measuring",
    )
    parser.add_argument(
        "--by-kind",
        action="store_true",
        help="zero-shot figures per kind of text too, and per code the no-code rate",
    )
    parser.add_argument(
        "--embed-cache", type=Path, help="keep embeddings in this file between runs (faster)"
    )
    args = parser.parse_args()
    codes = load_codes(args.codebook)
    keys = [c.key for c in codes]
    show = args.show.split(",")
    if unknown := [name for name in show if name not in SHOW]:
        parser.error(f"--show: no setting {', '.join(unknown)} (choose from {', '.join(SHOW)})")
    table = read_runs(args.from_json, args.langs) if args.from_json else measure(args, codes)
    if args.json:
        print(json.dumps(table, indent=2))
        return
    held = HELD_OUT | {name for name in POLICY_SETS if name.endswith("held")}
    if args.markdown:
        print(markdown(table, keys, held, set(POLICY_SETS), show))
        return
    print_table(table, keys, args.by_kind)


def measure(args: argparse.Namespace, codes: list) -> list[dict]:
    """Every row the arguments ask for, each with its set, tier, setting and languages."""
    langs = set(args.langs.split(","))
    table = []
    for tier, embed in tiers(args.semantic, args.embed_cache):
        keep: dict[str, list] | None = {} if args.pooled else None
        for name in args.sets.split(","):
            if name in POLICY_SETS:  # whole documents, labelled per unit (eval_policy.py)
                if policy_documents() is None:
                    print(f"{name}: no documents (not there yet?)", file=sys.stderr)
                    continue
                f = policy_half(POLICY_SETS[name], args.codebook, embed, args.threshold)
                if f is None:
                    print(f"{name}: none of its documents is on this machine", file=sys.stderr)
                    continue
                row = {"set": name, "semantic": tier, "setting": "documents", **f}
                table.append({**row, "langs": "sv,en"})  # a policy half reads both
                continue
            rows = [r for r in load_set(name) if r["lang"] in langs]
            if not rows:
                print(f"{name}: no rows (not there yet?)", file=sys.stderr)
                continue
            for setting, f in evaluate_set(name, rows, codes, args, embed, keep).items():
                row = {"set": name, "semantic": tier, "setting": setting, **f}
                table.append({**row, "langs": args.langs})
        for setting, parts in (keep or {}).items():
            f = pooled(parts, args.threshold)
            row = {"set": "pooled", "semantic": tier, "setting": setting, **f}
            table.append({**row, "langs": args.langs})
    return table


def print_table(table: list[dict], keys: list[str], by_kind: bool) -> None:
    """The rows as one markdown table with every column (and, ``by_kind``, the no-code
    sentences' codes), as the run prints them."""
    short = {k: "".join(w[0] for w in k.split("_")) for k in keys}
    head = "| set | tier | setting | macro-F1 | coded F1 | " + " | ".join(short[k] for k in keys)
    print(head + " | coverage | found | precision | no-code | n coded/none |")
    print("|" + " --- |" * (len(keys) + 10))
    for r in table:
        per = " | ".join(f"{r['f1'][j]:.2f}" for j in range(len(keys)))
        print(
            f"| {r['set']} | {r['semantic']} | {r['setting']} | {r['macro_f1']:.2f} | "
            f"{r['coded_f1']:.2f} | {per} | "
            f"{r['coverage']:.0%} | {r['found']:.0%} | {r['precision']:.0%} | "
            f"{r['none_rate']:.0%} | {r['coded']:.0f}/{r['none']:.0f} |"
        )
    if by_kind:
        print("\nno-code sentences that got each code (zero-shot):\n")
        print("| set | tier | setting | " + " | ".join(short[k] for k in keys) + " |")
        print("|" + " --- |" * (len(keys) + 3))
        for r in table:
            if r["setting"].startswith("zero-shot") and r["none_by_code"]:
                per = " | ".join(f"{v:.0%}" for v in r["none_by_code"])
                print(f"| {r['set']} | {r['semantic']} | {r['setting']} | {per} |")


if __name__ == "__main__":
    main()

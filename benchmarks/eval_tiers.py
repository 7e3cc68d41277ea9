"""The combined engine against each of its parts alone, per language (SUGGEST.md, stop 20).

Why: English real text scores lower than Swedish held out, and the question is whether the
combination loses something a part has (a tier, a feature, the stacker's weights fitted on
the codebook's rows, the one threshold). Here every labelled sentence of the chosen sets is
scored zero-shot, sentence by sentence (each its own turn, as ``eval_real.py``'s zero-shot
row), and pooled by language. Rows:

- ``engine``: the calibrated probability as shipped;
- one row per stacker feature (``lex``, ``char_*``, ``sem_*``, ``learned``): that feature
  alone, each sentence flagged with its best code only;
- ``stacker fitted here``: a logistic model over the same features fitted on these very
  sentences, out of fold by document (``--folds``): what the features can give when their
  weights come from the real text instead of the codebook (a ceiling, not a method).

Columns: AUC of "any code" (a sentence's best score, coded against no-code sentences), AUC
over every (sentence, code) pair, top-1 (the best code is one of a coded sentence's codes),
macro-F1 at the default threshold (engine only), and the best macro-F1 over thresholds with
at most ``--max-none`` of no-code sentences flagged, with its threshold, found and no-code
share. That threshold is chosen on the same sentences, so the best figure is optimistic for
every row alike: compare rows, not sets. Development sets only by default; the held-out
sets are for ``eval_real.py`` once.

    python benchmarks/eval_tiers.py [--sets realdev,real2dev,...] [--langs en,sv]
        [--semantic on] [--embed-cache FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_real import prepare, tiers  # noqa: E402
from benchmarks.eval_suggest import load_codes  # noqa: E402
from benchmarks.real_sets import load_set  # noqa: E402
from qualcode.nlp.calibrate import design  # noqa: E402
from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Suggester  # noqa: E402

DEV = ("realdev", *(f"real{n}dev" for n in range(2, 10)))


def auc(truth: np.ndarray, score: np.ndarray) -> float:
    """Area under the ROC curve (ties count half), without scikit-learn's input checks."""
    from scipy.stats import rankdata

    pos = truth.astype(bool)
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if not n_pos or not n_neg:
        return float("nan")
    ranks = rankdata(score)
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def macro_f1(pred: np.ndarray, truth: np.ndarray) -> float:
    """Mean F1 over the codes present."""
    scores = []
    for j in range(truth.shape[1]):
        if not truth[:, j].any():
            continue
        tp = int((pred[:, j] & truth[:, j]).sum())
        wrong = int((pred[:, j] ^ truth[:, j]).sum())
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float(np.mean(scores)) if scores else float("nan")


def row(name: str, score: np.ndarray, truth: np.ndarray, best_only: bool, max_none: float) -> str:
    """One table row; ``best_only``: flag a sentence with its best code only (a feature
    alone has no scale shared across codes that would say two codes apply)."""
    coded = truth.any(axis=1)
    top1 = truth[coded, score[coded].argmax(axis=1)].mean() if coded.any() else float("nan")
    at_default = "-"
    if name == "engine":  # a probability: the shipped threshold means something for it
        at_default = f"{macro_f1(score >= DEFAULT_THRESHOLD, truth):.3f}"
    best = (float("nan"), float("nan"), float("nan"), float("nan"))
    for t in np.unique(np.quantile(score.max(axis=1), np.linspace(0.3, 0.995, 150))):
        pred = score >= t
        if best_only:
            pred &= score == score.max(axis=1, keepdims=True)
        none = float(pred[~coded].any(axis=1).mean())
        f1 = macro_f1(pred, truth)
        if none <= max_none and not f1 <= best[0]:
            found = float((pred & truth)[coded].any(axis=1).mean())
            best = (f1, float(t), found, none)
    return (
        f"| {name} | {auc(coded, score.max(axis=1)):.3f} | "
        f"{auc(truth.reshape(-1), score.reshape(-1)):.3f} | {top1:.2f} | {at_default} | "
        f"{best[0]:.3f} | {best[1]:.3g} | {best[2]:.0%} | {best[3]:.0%} |"
    )


def fitted_here(x: np.ndarray, truth: np.ndarray, docs: np.ndarray, folds: int) -> np.ndarray:
    """Out-of-fold logits of a logistic model over the features, fitted on these sentences
    (classes balanced, folds by document so a document never informs its own scores)."""
    from sklearn.linear_model import LogisticRegression

    k = truth.shape[1]
    y = truth.reshape(-1)
    order = np.random.default_rng(0).permutation(np.unique(docs))
    fold_of = {d: i % folds for i, d in enumerate(order)}
    fold = np.repeat(np.array([fold_of[d] for d in docs]), k)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    out = np.zeros(len(y))
    for f in range(folds):
        train, test = fold != f, fold == f
        if len(np.unique(y[train])) < 2 or not test.any():
            continue
        model = LogisticRegression(max_iter=2000, class_weight="balanced")
        out[test] = model.fit(z[train], y[train]).decision_function(z[test])
    return out.reshape(-1, k)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--codebook", type=Path, default=ROOT / "codebooks" / "turning_points.yaml")
    parser.add_argument("--sets", default=",".join(DEV))
    parser.add_argument("--langs", default="en,sv")
    parser.add_argument("--semantic", default="on")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-none", type=float, default=0.25)
    parser.add_argument("--embed-cache", type=Path)
    args = parser.parse_args()
    codes = load_codes(args.codebook)
    langs = args.langs.split(",")
    for tier, embed in tiers(args.semantic, args.embed_cache):
        pooled: dict[str, dict[str, list]] = {lang: {} for lang in langs}
        names: list[str] = []
        for name in args.sets.split(","):
            rows = [r for r in load_set(name) if r["lang"] in langs]
            if not rows:
                continue
            cands, truth, lemmas = prepare(rows, codes)
            engine = Suggester(codes, [], lemmas=lemmas, embed=embed)
            probs, _ = engine.score(cands)
            features = engine.components(cands).features
            names = engine.stacker.names
            x = design(features, names).reshape(len(rows), len(codes), -1)
            for lang in langs:
                keep = np.array([r["lang"] == lang for r in rows])
                if not keep.any():
                    continue
                part = pooled[lang]
                part.setdefault("truth", []).append(truth[keep])
                part.setdefault("engine", []).append(probs[keep])
                part.setdefault("x", []).append(x[keep])
                part.setdefault("docs", []).append(
                    [f"{name}/{r['doc']}" for r in rows if r["lang"] == lang]
                )
        for lang in langs:
            part = pooled[lang]
            if not part:
                continue
            truth = np.vstack(part["truth"])
            x = np.vstack(part["x"])
            docs = np.array([d for block in part["docs"] for d in block])
            print(
                f"\n{lang}, tier {tier}: {len(truth)} sentences, "
                f"{int(truth.any(axis=1).sum())} coded"
            )
            print(
                "| scores | AUC any | AUC pairs | top-1 | F1 at 0.4 | best F1 | at | found "
                "| no-code |"
            )
            print("|" + " --- |" * 9)
            print(row("engine", np.vstack(part["engine"]), truth, False, args.max_none))
            for f, name in enumerate(names):
                print(row(name, x[:, :, f], truth, True, args.max_none))
            ceiling = fitted_here(x.reshape(-1, len(names)), truth, docs, args.folds)
            print(row("stacker fitted here", ceiling, truth, False, args.max_none))


if __name__ == "__main__":
    main()

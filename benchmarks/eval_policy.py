"""The policy dev set (``benchmarks/realtext10``) scored as a coder meets it: 15 real public
documents (committee minutes, a notice, officers' memos, a budget, a plan, a press release, a
union report) imported whole with the product's own import, every unit the import makes
labelled blind (zero, one or several codes), the codebook alone (zero-shot).

The text is not in the repository: ``$QUALCODE_REALTEXT10`` (default ``/work/realtext10``) holds
``raw/<doc>.txt``, each checked against its SHA-1 in ``documents.jsonl`` before anything is
scored, and every unit the import makes is checked against its label's SHA-1 (an import that
cuts the units otherwise makes the labels meaningless, and says so).

All the documents (15 when the set is whole) are imported into one project, in the order of
``documents.jsonl``, and scored together, as policy30 scored them
(``/work/scratch/policy30/diag.py``); each half (``dev``: the 8 documents tuned on; ``held``:
the 7 never looked at while tuning) is then counted apart.
Macro-F1 is over the four codes of the codebook, a code a half never has counting 1 when it is
never suggested there and 0 when it is (policy30's rule; the other sets' macro-F1 leaves out
codes never present). Per unit: right (a suggested code the unit has), wrong (only codes it
has not), silly (a code on a unit that has none), missed (a coded unit that got nothing).

    python benchmarks/eval_policy.py [--semantic on|off] [--embed-cache FILE]

``eval_real.py --sets real10dev,real10held`` gives the same figures in its table.

A document whose file is absent (not found again when the text was rebuilt on a new machine)
is left out with its labelled units, and one line on stderr names it and counts what that
leaves out, so the rest still scores; a file that is present but whose SHA-1 differs is another
version of the document and stops the run, as before (its units would not be the labelled ones).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_suggest import load_codes  # noqa: E402
from qualcode.nlp.normalise import lemma_table  # noqa: E402
from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Suggester  # noqa: E402

LABELS = ROOT / "benchmarks" / "realtext10"
TEXT = Path(os.environ.get("QUALCODE_REALTEXT10", "/work/realtext10"))
SETS = {"real10dev": "dev", "real10held": "held"}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def documents(text: Path = TEXT, folder: Path = LABELS) -> list[Path] | None:
    """The raw files present, in ``documents.jsonl``'s order, or None where none is on this
    machine; a file whose bytes differ from its hash is refused (another version of it). A
    document whose file is absent is left out (``missing`` names it). ``folder`` holds
    ``documents.jsonl`` (the repository's)."""
    rows = read_jsonl(folder / "documents.jsonl")
    paths = [text / "raw" / f"{row['doc']}.txt" for row in rows]
    present = [(row, path) for row, path in zip(rows, paths, strict=True) if path.is_file()]
    if not present:
        return None
    for row, path in present:
        if sha1(path.read_bytes()) != row["sha1"]:
            raise SystemExit(f"{path}: not the labelled text (SHA-1 differs)")
    return [path for _, path in present]


def missing(text: Path = TEXT, folder: Path = LABELS) -> str | None:
    """One line naming the documents whose file is absent and the labelled units that leaves
    out, per half; None when every document is there."""
    rows = read_jsonl(folder / "documents.jsonl")
    gone = [row for row in rows if not (text / "raw" / f"{row['doc']}.txt").is_file()]
    if not gone:
        return None
    units = sum(row["units"] for row in gone)
    total = sum(row["units"] for row in rows)
    per = ", ".join(
        f"{split} {sum(r['units'] for r in gone if r['split'] == split)}"
        for split in ("dev", "held")
        if any(r["split"] == split for r in gone)
    )
    names = ", ".join(row["doc"] for row in gone)
    return (
        f"realtext10: {len(gone)} of {len(rows)} documents missing ({names}): "
        f"{units} of {total} labelled units left out ({per})"
    )


def present_labels(paths: list[Path]) -> list[dict]:
    """The labels of the documents in ``paths`` (the rest are not scored)."""
    docs = {path.stem for path in paths}
    return [label for label in read_jsonl(LABELS / "labels.jsonl") if label["doc"] in docs]


def scored(codebook: Path, embed) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    """(probabilities, truth, labels) over every unit of the documents present, in label order;
    computed once per codebook and tier in a run (both halves come from one scoring)."""
    key = (codebook, id(embed))
    if key not in _SCORED:
        _SCORED[key] = _score(codebook, embed)
    return _SCORED[key]


_SCORED: dict[tuple, tuple[np.ndarray, np.ndarray, list[dict]]] = {}
_SAID: set[str] = set()


def _score(codebook: Path, embed) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    cands, truth, labels = units(codebook)
    codes = load_codes(codebook)
    lemmas = {lang: lemma_table(lang) for lang in ("sv", "en")}
    engine = Suggester(codes, [], lemmas=lemmas, embed=embed)
    probs, _ = engine.score(cands)
    return probs, truth, labels


def units(codebook: Path) -> tuple[list, np.ndarray, list[dict]]:
    """(the product's units, truth (units x the codebook's codes), labels) of the documents
    present, in label order: what the engine scores here, and what ``baselines.py`` scores
    its simple methods on."""
    paths = documents()
    if paths is None:
        raise SystemExit(f"{TEXT}: the policy set's text is not on this machine")
    note = missing()
    if note is not None and note not in _SAID:
        _SAID.add(note)
        print(note, file=sys.stderr)
    labels = present_labels(paths)
    keys = [c.key for c in load_codes(codebook)]
    cands = imported_units(paths, labels)
    truth = np.array([[k in label["codes"] for k in keys] for label in labels], dtype=bool)
    return cands, truth, labels


def imported_units(paths: list[Path], labels: list[dict]) -> list:
    """The units the product's import makes of ``paths`` (one project, lang auto), each
    checked against its label's hash: the labels are of these units or of none."""
    from qualcode import Project

    with tempfile.TemporaryDirectory() as folder:
        project = Project.create(Path(folder) / "policy.db")
        try:
            report = project.import_files(paths, lang="auto")
            if report.failed:
                raise SystemExit(f"import failed: {report.failed}")
            cands, _ = project._candidates([doc.id for doc in report.imported])
        finally:
            project.close()
    if len(cands) != len(labels):
        raise SystemExit(f"the import made {len(cands)} units, the labels are of {len(labels)}")
    for cand, label in zip(cands, labels, strict=True):
        if sha1(cand.text.encode("utf-8")) != label["sha1"]:
            raise SystemExit(f"{label['id']} ({label['doc']}): the import cut this unit otherwise")
    return cands


def half(split: str, codebook: Path, embed, threshold: float) -> dict | None:
    """The figures of one half: eval_real's keys, with policy30's macro-F1 and unit tally;
    None when none of the half's documents is on this machine."""
    probs, truth, labels = scored(codebook, embed)
    keep = np.array([label["split"] == split for label in labels])
    if not keep.any():
        return None
    return half_figures(probs, truth, keep, threshold)


def half_figures(probs: np.ndarray, truth: np.ndarray, keep: np.ndarray, threshold: float) -> dict:
    """eval_real's figures of the units in ``keep``, with policy30's macro-F1 (a code never
    present counts 1 when never suggested, 0 when it is) and the unit tally; shared with
    ``baselines.py`` so a simple method is counted as the engine is."""
    from benchmarks.eval_real import figures

    out = figures(probs, truth, keep, threshold)
    pred = probs[keep] >= threshold
    y = truth[keep]
    per_code = []
    for j in range(y.shape[1]):
        tp = int((pred[:, j] & y[:, j]).sum())
        fp = int((pred[:, j] & ~y[:, j]).sum())
        fn = int((~pred[:, j] & y[:, j]).sum())
        per_code.append(2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 1.0)
    out["macro_f1"] = float(np.mean(per_code))
    out["f1"] = dict(enumerate(per_code))
    tally = {"right": 0, "wrong": 0, "silly": 0, "missed": 0}
    for got, want in zip(pred, y, strict=True):
        if got.any() and want.any():
            tally["right" if (got & want).any() else "wrong"] += 1
        elif got.any():
            tally["silly"] += 1
        elif want.any():
            tally["missed"] += 1
    out["tally"] = tally
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codebook", type=Path, default=ROOT / "codebooks" / "turning_points.yaml")
    parser.add_argument("--semantic", default="on", choices=["on", "off"])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--embed-cache", type=Path)
    args = parser.parse_args()
    from benchmarks.eval_real import tiers

    for tier, embed in tiers(args.semantic, args.embed_cache):
        keys = [c.key for c in load_codes(args.codebook)]
        head = "| half | tier | right / wrong / silly / missed | macro-F1 | per code | no-code |"
        print(head)
        print("| --- | --- | --- | --- | --- | --- |")
        for split in ("dev", "held"):
            f = half(split, args.codebook, embed, args.threshold)
            if f is None:
                print(f"{split}: none of its documents is on this machine", file=sys.stderr)
                continue
            t = f["tally"]
            per = " ".join(f"{k}={f['f1'][j]:.2f}" for j, k in enumerate(keys))
            print(
                f"| {split} | {tier} | {t['right']} / {t['wrong']} / {t['silly']} / {t['missed']}"
                f" | {f['macro_f1']:.2f} | {per} | {f['none_rate']:.0%} |"
            )


if __name__ == "__main__":
    main()

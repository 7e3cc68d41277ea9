"""Suggestion quality the way a team meets it: through a real project file.

``eval_suggest.py`` scores labelled passages with the engine directly. This script takes
the same passages (``benchmarks/data/eval_{sv,en}.jsonl``) through the whole path a
researcher uses: it writes them as one transcript per language (each passage its own
paragraph, ``R:``/``I:`` where a speaker is given), imports it into a new project with the
shipped codebook, runs ``Project.suggest`` at the default threshold, and reads a passage
as suggested a code when suggestions of that code cover at least half of it.

- zero-shot: the codebook alone;
- few-shot: a coder codes 5 passages per code (``add_coding``, as accepting suggestions
  would), suggestions are computed again and scored on the other passages; averaged over
  draws.

    python benchmarks/eval_project.py [--langs sv,en] [--draws 3] [--shots 5]
        [--threshold X] [--shuffle]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_suggest import load_items  # noqa: E402
from qualcode import Project  # noqa: E402
from qualcode.nlp.evaluate import macro_f1, none_suggested, prf  # noqa: E402

CODEBOOK = ROOT / "codebooks" / "turning_points.yaml"


def transcript(items: list[dict]) -> tuple[str, list[tuple[int, int]]]:
    """The passages as one text, and where each passage's own text lies in it."""
    parts, spans, pos = [], [], 0
    for item in items:
        speaker = (item.get("speaker") or "").strip()
        prefix = f"{speaker}: " if speaker else ""
        start = pos + len(prefix)
        spans.append((start, start + len(item["text"])))
        block = prefix + item["text"] + "\n\n"
        parts.append(block)
        pos += len(block)
    return "".join(parts), spans


def predicted(project: Project, where: list[tuple[str, int, int]], keys: list[str], threshold):
    """Passages x codes: True where that code's suggestions cover half the passage."""
    suggestions = project.suggest(sorted({d for d, _, _ in where}), min_score=threshold)
    out = np.zeros((len(where), len(keys)), dtype=bool)
    docs = np.array([d for d, _, _ in where])
    starts = np.array([s for _, s, _ in where])
    ends = np.array([e for _, _, e in where])
    for s in suggestions:
        overlap = np.minimum(ends, s.end) - np.maximum(starts, s.start)
        hit = (docs == s.document_id) & (overlap * 2 >= (ends - starts))
        out[hit, keys.index(s.code)] = True
    return out


def score(pred: np.ndarray, truth: np.ndarray, keep: np.ndarray) -> dict:
    r = prf(pred[keep], truth[keep])
    return {
        "macro_f1": macro_f1(pred[keep], truth[keep]),
        "none_suggested": none_suggested(pred[keep], truth[keep]),
        "recall": np.nanmean(r["recall"]),
        "precision": np.nanmean(r["precision"]),
    }


def run(lang: str, items: list[dict], args: argparse.Namespace, workdir: Path) -> None:
    if args.shuffle:
        items = items[:]
        random.Random(0).shuffle(items)
    # interview talk is one transcript; report prose (no speaker) is a document of its own,
    # as it would be in a project, rather than a paragraph of the last speaker's turn
    groups = {
        "interview": [i for i, it in enumerate(items) if (it.get("speaker") or "").strip()],
        "report": [i for i, it in enumerate(items) if not (it.get("speaker") or "").strip()],
    }
    results: dict[str, list[dict]] = {"zero-shot": [], "few-shot": []}
    for draw in range(max(1, args.draws)):
        path = workdir / f"{lang}-{draw}.db"
        with Project.create(path) as project:
            project.load_codebook(CODEBOOK)
            keys = [c.key for c in project.codebook()]
            truth = np.array([[k in it["labels"] for k in keys] for it in items], dtype=bool)
            where: list[tuple[str, int, int]] = [("", 0, 0)] * len(items)
            for kind, members in groups.items():
                if not members:
                    continue
                text, spans = transcript([items[i] for i in members])
                doc = project.import_text(f"eval_{lang}_{kind}", text, lang=lang).id
                for i, (start, end) in zip(members, spans, strict=True):
                    where[i] = (doc, start, end)
            everyone = np.ones(len(items), dtype=bool)
            if draw == 0:
                pred = predicted(project, where, keys, args.threshold)
                results["zero-shot"].append(score(pred, truth, everyone))
            project.add_coder("eva")
            rng = random.Random(draw)
            chosen: set[int] = set()
            for j, key in enumerate(keys):
                pool = [i for i in range(len(items)) if truth[i, j] and i not in chosen]
                for i in rng.sample(pool, min(args.shots, len(pool))):
                    chosen.add(i)
                    project.add_coding(*where[i], key, "eva", origin="suggestion")
            pred = predicted(project, where, keys, args.threshold)
            rest = np.array([i not in chosen for i in range(len(items))])
            results["few-shot"].append(score(pred, truth, rest))
    for setting, runs in results.items():
        mean = {k: float(np.mean([r[k] for r in runs])) for k in runs[0]}
        print(
            f"[{lang}] {setting}: macro-F1 {mean['macro_f1']:.3f} (P {mean['precision']:.2f}, "
            f"R {mean['recall']:.2f}), no-code passages suggested {mean['none_suggested']:.1%}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data")
    parser.add_argument("--langs", default="sv,en")
    parser.add_argument("--shots", type=int, default=5)
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--shuffle", action="store_true", help="passages in random order")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.langs.split(","):
            run(lang, load_items(args.data / f"eval_{lang}.jsonl"), args, Path(tmp))


if __name__ == "__main__":
    main()

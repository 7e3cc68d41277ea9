"""Suggestion quality side by side on every labelled set: written, real-dev and real held-out.

Sets (each read where it lies; real text is never copied into the repository):

- ``data``: ``benchmarks/data/eval_{sv,en}.jsonl``, passages written for development;
- ``realdev``: ``/work/shared/realdev/sentences.jsonl`` (or ``$QUALCODE_REALDEV``), real
  public-authority sentences, agreed labels only (disputed ones are left out);
- ``realtext``: ``/work/realtext/sentences.jsonl`` (or ``$QUALCODE_REALTEXT``), real text
  labelled by someone who did not tune the engine, in the realdev format; held out;
- ``real2dev`` and ``real2held``: the ``split: dev`` and ``split: held`` documents of
  ``$QUALCODE_REALTEXT2`` (default ``/work/realtext2``), real text rich in talk about the
  turning points. The agreed labels of its ``sentences.jsonl`` when that file exists, else
  annotator A's ``labels_A.jsonl`` joined to ``sentences_unlabelled.jsonl`` (the output says
  which). ``real2dev`` may be tuned on; ``real2held`` is reported only.
- ``real3dev`` and ``real3held``: the same for ``$QUALCODE_REALTEXT3`` (default
  ``/work/realtext3``), a third real set (Riksdag debate, press releases, Lords/Commons);
- ``real4dev`` and ``real4held``: the same for ``$QUALCODE_REALTEXT4`` (default
  ``/work/realtext4``), a fourth set chosen to be dense in mission dialogue and systems
  perspective (the two codes the earlier sets hardly held);
- ``real5dev`` and ``real5held``: the same for ``$QUALCODE_REALTEXT5`` (default
  ``/work/realtext5``): authorities' press releases and news pages, rich in quotes about the
  work environment and governance of social services, and Hansard;
- ``real6dev`` and ``real6held``: the same for ``$QUALCODE_REALTEXT6`` (default
  ``/work/realtext6``): Swedish research prose labelled by passage (every sentence of a
  passage about a turning point has its code, as the hidden research-text set is labelled)
  and an English report labelled sentence by sentence.
- ``real7dev`` and ``real7held``: the same for ``$QUALCODE_REALTEXT7`` (default
  ``/work/realtext7``): Swedish talk about the work environment of social services, rich in
  quotes (debates, authorities' reports and news), labelled sentence by sentence;
- ``real8dev`` and ``real8held``: the same for ``$QUALCODE_REALTEXT8`` (default
  ``/work/realtext8``): a second set of Swedish research prose labelled by passage, and
  English reports labelled sentence by sentence.
- ``real9dev`` and ``real9held``: the same for ``$QUALCODE_REALTEXT9`` (default
  ``/work/realtext9``): English text dense in the four turning points (reports, inspectorate
  and association pages, trade press, research summaries), labelled sentence by sentence.
- ``real10dev`` and ``real10held``: the policy dev set, ``$QUALCODE_REALTEXT10`` (default
  ``/work/realtext10``): 15 whole public documents (minutes, memos, a budget, a plan),
  every unit the import makes labelled; scored by ``eval_policy.py`` (one row, "documents",
  both languages whatever ``--langs`` says; its macro-F1 counts all four codes).

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

``--errors`` lists the zero-shot errors of development sets only (data, realdev, real2dev,
real3dev ... real9dev): the held-out sets are never looked at sentence by sentence.
"""

from __future__ import annotations

import argparse
import json
import os
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

REALDEV = Path(os.environ.get("QUALCODE_REALDEV", "/work/shared/realdev/sentences.jsonl"))
REALTEXT = Path(os.environ.get("QUALCODE_REALTEXT", "/work/realtext/sentences.jsonl"))
REALTEXT2 = Path(os.environ.get("QUALCODE_REALTEXT2", "/work/realtext2"))
REALTEXT3 = Path(os.environ.get("QUALCODE_REALTEXT3", "/work/realtext3"))
REALTEXT4 = Path(os.environ.get("QUALCODE_REALTEXT4", "/work/realtext4"))
REALTEXT5 = Path(os.environ.get("QUALCODE_REALTEXT5", "/work/realtext5"))
REALTEXT6 = Path(os.environ.get("QUALCODE_REALTEXT6", "/work/realtext6"))
REALTEXT7 = Path(os.environ.get("QUALCODE_REALTEXT7", "/work/realtext7"))
REALTEXT8 = Path(os.environ.get("QUALCODE_REALTEXT8", "/work/realtext8"))
REALTEXT9 = Path(os.environ.get("QUALCODE_REALTEXT9", "/work/realtext9"))
# real text split by document: dev/held
SPLIT_SETS = {
    "real2": REALTEXT2,
    "real3": REALTEXT3,
    "real4": REALTEXT4,
    "real5": REALTEXT5,
    "real6": REALTEXT6,
    "real7": REALTEXT7,
    "real8": REALTEXT8,
    "real9": REALTEXT9,
}
HELD_OUT = {"realtext", *(f"{name}held" for name in SPLIT_SETS)}
INTERVIEWER = {"i", "int", "intervjuare", "interviewer", "q", "fråga", "moderator"}


def load_set(name: str) -> list[dict]:
    """Rows of ``{text, lang, doc, labels, interviewer}``; disputed rows are dropped."""
    rows: list[dict] = []
    if name == "data":
        for lang in ("sv", "en"):
            path = ROOT / "benchmarks" / "data" / f"eval_{lang}.jsonl"
            for line in path.read_text(encoding="utf-8").splitlines():
                if line:
                    item = json.loads(line)
                    speaker = (item.get("speaker") or "").strip().lower().rstrip(":")
                    rows.append(
                        {
                            "text": item["text"],
                            "lang": lang,
                            "doc": f"{lang}-{item.get('source') or 'eval'}",
                            "labels": list(item["labels"]),
                            "interviewer": speaker in INTERVIEWER,
                            "kind": item.get("source") or "",
                        }
                    )
        return rows
    if name[:5] in SPLIT_SETS and name[5:] in {"dev", "held"}:
        items = split_items(SPLIT_SETS[name[:5]], name[5:])
    else:
        path = {"realdev": REALDEV, "realtext": REALTEXT}[name]
        items = read_jsonl(path) if path.exists() else []
    for item in items:
        code = item.get("code", item.get("label"))  # realtext2's agreed file says "label"
        if code is None:  # the annotators disagreed: not scored
            continue
        rows.append(
            {
                "text": item["text"],
                "lang": item.get("lang", "sv"),
                "doc": str(item.get("doc") or "doc"),
                "labels": [] if code == "none" else [code],
                "interviewer": False,
                "kind": item.get("kind") or ("policy" if name == "realdev" else ""),
            }
        )
    return rows


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def split_items(folder: Path, split: str) -> list[dict]:
    """The sentences of one split of a real set split by document (realtext2 to 5) with
    their labels: the agreed ones when ``sentences.jsonl`` exists, else annotator A's (said on
    stderr, once per run)."""
    agreed = folder / "sentences.jsonl"
    if agreed.exists():
        items, source = read_jsonl(agreed), "agreed labels (sentences.jsonl)"
    else:
        unlabelled = folder / "sentences_unlabelled.jsonl"
        labels_a = folder / "labels_A.jsonl"
        if not (unlabelled.exists() and labels_a.exists()):
            return []
        codes = {row["id"]: row.get("code") for row in read_jsonl(labels_a)}
        items = [{**row, "code": codes[row["id"]]} for row in read_jsonl(unlabelled)]
        items = [row for row in items if row["id"] in codes]
        source = "annotator A's labels (labels_A.jsonl; no agreed labels yet)"
    said = f"{folder.name}: {source}"
    if said not in _SAID:
        _SAID.add(said)
        print(said, file=sys.stderr)
    unlabelled = folder / "sentences_unlabelled.jsonl"
    frozen = {r["id"]: r for r in read_jsonl(unlabelled)} if unlabelled.exists() else {}
    return [
        row
        for row in items
        if (row.get("split") or frozen.get(row["id"], {}).get("split")) == split
    ]


_SAID: set[str] = set()


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


def mean(runs: list[dict]) -> dict:
    out = {
        k: float(np.nanmean([r[k] for r in runs]))
        for k in runs[0]
        if k not in {"f1", "none_by_code"}
    }
    out["none_by_code"] = list(np.nanmean([r["none_by_code"] for r in runs], axis=0))
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


def evaluate_set(name: str, rows: list[dict], codes: list, args: argparse.Namespace, embed) -> dict:
    keys = [c.key for c in codes]
    cands, truth, lemmas = prepare(rows, codes)
    everyone = np.ones(len(rows), dtype=bool)
    engine = Suggester(codes, [], lemmas=lemmas, embed=embed)
    probs, _ = engine.score(cands)
    result = {"zero-shot": figures(probs, truth, everyone, args.threshold)}
    if args.as_documents:  # the same sentences, read in their documents' paragraphs
        folders = {"realtext": REALTEXT.parent, **SPLIT_SETS}
        doc_probs, no_context, mapped, lost = score_as_documents(
            name, rows, codes, lemmas, embed, folders
        )
        result["zero-shot, documents, no context"] = figures(
            no_context, truth, mapped, args.threshold
        )
        result["zero-shot, documents"] = figures(doc_probs, truth, mapped, args.threshold)
        if lost:
            print(f"{name}: {lost} labelled sentences not found in their document", file=sys.stderr)
    if args.by_kind:  # one threshold should mean the same on every kind of text
        for kind in sorted({r["kind"] for r in rows if r["kind"]}):
            of_kind = np.array([r["kind"] == kind for r in rows])
            result[f"zero-shot, {kind}"] = figures(probs, truth, of_kind, args.threshold)
    if args.errors and name not in HELD_OUT:
        show_errors(rows, keys, probs, truth, args.threshold)
    draws = []
    for seed in range(args.draws):
        rng = random.Random(seed)
        chosen: set[int] = set()
        for j in range(len(keys)):
            pool = [i for i in range(len(rows)) if truth[i, j] and i not in chosen]
            if len(pool) < args.shots * 2:  # too few to learn from and still score
                continue
            chosen.update(rng.sample(pool, args.shots))
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
    parser.add_argument("--errors", action="store_true", help="list zero-shot errors")
    parser.add_argument(
        "--as-documents",
        action="store_true",
        help="also score each set imported as whole documents (paragraph turns, spaCy units)",
    )
    parser.add_argument("--json", action="store_true")
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
    langs = set(args.langs.split(","))
    table = []
    for tier, embed in tiers(args.semantic, args.embed_cache):
        for name in args.sets.split(","):
            if name in POLICY_SETS:  # whole documents, labelled per unit (eval_policy.py)
                if policy_documents() is None:
                    print(f"{name}: no documents (not there yet?)", file=sys.stderr)
                    continue
                f = policy_half(POLICY_SETS[name], args.codebook, embed, args.threshold)
                table.append({"set": name, "semantic": tier, "setting": "documents", **f})
                continue
            rows = [r for r in load_set(name) if r["lang"] in langs]
            if not rows:
                print(f"{name}: no rows (not there yet?)", file=sys.stderr)
                continue
            for setting, f in evaluate_set(name, rows, codes, args, embed).items():
                table.append({"set": name, "semantic": tier, "setting": setting, **f})
    if args.json:
        print(json.dumps(table, indent=2))
        return
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
    if args.by_kind:
        print("\nno-code sentences that got each code (zero-shot):\n")
        print("| set | tier | setting | " + " | ".join(short[k] for k in keys) + " |")
        print("|" + " --- |" * (len(keys) + 3))
        for r in table:
            if r["setting"].startswith("zero-shot") and r["none_by_code"]:
                per = " | ".join(f"{v:.0%}" for v in r["none_by_code"])
                print(f"| {r['set']} | {r['semantic']} | {r['setting']} | {per} |")


if __name__ == "__main__":
    main()

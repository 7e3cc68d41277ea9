"""The labelled sets suggestion quality is measured on, each read where it lies (real text
is never copied into the repository), as rows of ``{text, lang, doc, labels, interviewer,
kind}`` (``load_set``). ``eval_real.py``, ``eval_fewshot.py`` and ``eval_tiers.py`` read them.

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
  both languages whatever ``--langs`` says; its macro-F1 counts all four codes). A document
  whose file is absent is left out and named on stderr with the units it leaves out.
- ``real11dev`` and ``real11held``: the same for ``$QUALCODE_REALTEXT11`` (default
  ``/work/realtext11``): a fresh set gathered at stop 49 that nobody had tuned on: Swedish
  research prose labelled by passage, Swedish news rich in quotes and English public-body
  text labelled sentence by sentence (``benchmarks/realtext11/README.md``).
- ``real12dev`` and ``real12held``: the same for ``$QUALCODE_REALTEXT12`` (default
  ``/work/realtext12``): a fresh set gathered at stop 50, mostly English report text on the
  turning points and Swedish municipal plans, budgets and minutes, all labelled sentence by
  sentence (``benchmarks/realtext12/README.md``); nobody tunes on it at stop 50.
- ``real13dev`` and ``real13held``: the same for ``$QUALCODE_REALTEXT13`` (default
  ``/work/realtext13``): a fresh set gathered at stop 50, English report and research text
  dense in the turning points (a third of its sentences coded), labelled sentence by sentence
  (``benchmarks/realtext13/README.md``); its dev half may be tuned on from stop 50, its held
  half is read once per landing.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the engine's rule, which a project's exports share (``who_asks.asks_by_label``)
from qualcode.nlp.scorers import is_interviewer  # noqa: E402

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
REALTEXT11 = Path(os.environ.get("QUALCODE_REALTEXT11", "/work/realtext11"))
REALTEXT12 = Path(os.environ.get("QUALCODE_REALTEXT12", "/work/realtext12"))
REALTEXT13 = Path(os.environ.get("QUALCODE_REALTEXT13", "/work/realtext13"))
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
    "real11": REALTEXT11,
    "real12": REALTEXT12,
    "real13": REALTEXT13,
}
HELD_OUT = {"realtext", *(f"{name}held" for name in SPLIT_SETS)}


def load_set(name: str) -> list[dict]:
    """Rows of ``{text, lang, doc, labels, interviewer}`` (``benchmarks/data``'s also with
    its ``speaker`` label); disputed rows are dropped."""
    rows: list[dict] = []
    if name == "data":
        for lang in ("sv", "en"):
            path = ROOT / "benchmarks" / "data" / f"eval_{lang}.jsonl"
            lines = path.read_text(encoding="utf-8").splitlines()
            data = [json.loads(line) for line in lines if line]
            # who asks is read per document, as a project reads it ("I:" asking "Lena:"
            # with the attribute "Lena": Lena answers)
            speakers: dict[str, list[str]] = {}
            for item in data:
                known = speakers.setdefault(item.get("source") or "eval", [])
                if item.get("speaker") and item["speaker"] not in known:
                    known.append(item["speaker"])
            for item in data:
                speaker = item.get("speaker") or ""
                source = item.get("source") or "eval"
                asks = is_interviewer(speaker, item.get("interviewer") or "", speakers[source])
                rows.append(
                    {
                        "text": item["text"],
                        "lang": lang,
                        "doc": f"{lang}-{source}",
                        "labels": list(item["labels"]),
                        "interviewer": asks,
                        "speaker": speaker,
                        "kind": item.get("source") or "",
                    }
                )
        return rows
    if (parts := split_set(name)) is not None:
        items = split_items(SPLIT_SETS[parts[0]], parts[1])
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


def split_set(name: str) -> tuple[str, str] | None:
    """``("real11", "held")`` for ``real11held``: the set split by document and the half a
    name asks for, or None for a name that is no half of one (the names were cut at their
    fifth letter while every such set had a one-digit number; ``real11`` has two)."""
    for half in ("dev", "held"):
        if name.endswith(half) and name[: -len(half)] in SPLIT_SETS:
            return name[: -len(half)], half
    return None


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

"""Rebuild a real labelled set's sentence files from its source stretches, checked by SHA-1.

The sentences of the real sets are never kept in this repository (they may share runs of
words with the hidden evaluation text); only ids, SHA-1 hashes and labels are. A new machine
starts without them. Whoever gathers the source stretches again (the same stored pages,
``raw/<doc>.txt`` one paragraph per line, as each set's README says where they came from) runs
this to find every labelled sentence in them by its hash, whatever splitter first cut them:

    python benchmarks/realtext_rebuild.py benchmarks/realtext8 /work/realtext8

It reads ``OUT/raw/*.txt`` and ``OUT/docs.json`` (``{doc: {"kind": ..., "lang": ...}}``,
optional), and writes ``OUT/sentences_unlabelled.jsonl`` (``id, lang, doc, kind, split, para,
text``) and ``OUT/sentences.jsonl`` (the same with ``labels`` {A, B} and ``label``, the code
both annotators gave or null), which ``eval_real.py`` and ``eval_docs.py`` read. A sentence is
found when some run of whole words in a document, joined by single spaces, has its hash. A
single missing sentence between two found ones of the same document is taken from the text
between them and marked ``"verified": false`` (a typing difference in the first
transcription); the counts are printed, and nothing unverified is written unless
``--fill-gaps`` is given.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from pathlib import Path

MAX_WORDS = 160  # no labelled sentence is longer than this


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def words_with_paragraphs(raw: str) -> tuple[list[str], list[int]]:
    """Every word of a document and the paragraph (line) it stands in."""
    words: list[str] = []
    paras: list[int] = []
    lines = [line for line in raw.splitlines() if line.strip()]
    for number, line in enumerate(lines):
        for word in line.split():
            words.append(word)
            paras.append(number)
    return words, paras


def occurrences(words: list[str], wanted: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Hash -> (first word, end word) of every span with a wanted hash, in text order."""
    found: dict[str, list[tuple[int, int]]] = {}
    for start in range(len(words)):
        text = ""
        for end in range(start + 1, min(len(words), start + MAX_WORDS) + 1):
            text = words[start] if end == start + 1 else f"{text} {words[end - 1]}"
            for variant in {text, unicodedata.normalize("NFC", text)}:
                digest = sha1(variant)
                if digest in wanted:
                    found.setdefault(digest, []).append((start, end))
    return found


def place(order: list[str], hashes: dict[str, str], found: dict[str, list]) -> dict[str, dict]:
    """Each id's span. A sentence said once takes its first occurrence; a repeated one ("Fru
    talman!") takes, in label order, the first free occurrence after the sentence before it
    in the same document, else before the sentence after it, else any free one."""
    spots: dict[str, list[tuple[str, int, int]]] = {}
    for doc, by_hash in found.items():
        for digest, spans in by_hash.items():
            spots.setdefault(digest, []).extend((doc, s, e) for s, e in spans)
    count: dict[str, int] = {}
    for ident in order:
        count[hashes[ident]] = count.get(hashes[ident], 0) + 1
    rows: dict[str, dict] = {}
    used: set[tuple[str, int, int]] = set()
    for ident in order:
        if count[hashes[ident]] == 1 and spots.get(hashes[ident]):
            spot = spots[hashes[ident]][0]
            rows[ident] = {"doc": spot[0], "start": spot[1], "end": spot[2]}
            used.add(spot)
    for i, ident in enumerate(order):
        if ident in rows or not spots.get(hashes[ident]):
            continue
        free = [s for s in spots[hashes[ident]] if s not in used]
        before = next((rows[o] for o in reversed(order[:i]) if o in rows), None)
        after = next((rows[o] for o in order[i + 1 :] if o in rows), None)
        choice = None
        if before is not None:
            choice = next(
                (s for s in free if s[0] == before["doc"] and s[1] >= before["end"]), None
            )
        if choice is None and after is not None:
            choice = next(
                (s for s in free if s[0] == after["doc"] and s[2] <= after["start"]), None
            )
        choice = choice or (free[0] if free else None)
        if choice is not None:
            rows[ident] = {"doc": choice[0], "start": choice[1], "end": choice[2]}
            used.add(choice)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, help="the set's folder in benchmarks/")
    parser.add_argument("out", type=Path, help="where raw/ lies and the sentence files go")
    parser.add_argument("--fill-gaps", action="store_true", help="write unverified gap fills")
    args = parser.parse_args()
    first = {r["id"]: r for r in read_jsonl(args.labels / "labels_A.jsonl")}
    second_path = args.labels / "labels_B.jsonl"
    second = {r["id"]: r for r in read_jsonl(second_path)} if second_path.exists() else {}
    docs_path = args.out / "docs.json"
    docs = json.loads(docs_path.read_text(encoding="utf-8")) if docs_path.exists() else {}
    hashes = {ident: row["sha1"] for ident, row in first.items()}
    order = list(first)
    texts = {
        path.stem: words_with_paragraphs(path.read_text(encoding="utf-8"))
        for path in sorted((args.out / "raw").glob("*.txt"))
    }
    wanted = set(hashes.values())
    found = {doc: occurrences(words, wanted) for doc, (words, _) in texts.items()}
    rows = place(order, hashes, found)
    if args.fill_gaps:
        fill(order, rows)
    for row in rows.values():
        row["para"] = texts[row["doc"]][1][row["start"]]
    missing = [i for i in order if i not in rows]
    unverified = [i for i in rows if rows[i].get("verified") is False]
    out_rows = []
    for ident in order:
        if ident not in rows:
            continue
        spot = rows[ident]
        text = " ".join(texts[spot["doc"]][0][spot["start"] : spot["end"]])
        lang = ident.split("-")[1] if ident.count("-") >= 2 else "sv"
        meta = docs.get(spot["doc"], {})
        row = {
            "id": ident,
            "lang": meta.get("lang", lang),
            "doc": spot["doc"],
            "kind": meta.get("kind", ""),
            "split": first[ident].get("split"),
            "para": spot["para"],
            "text": text,
        }
        if spot.get("verified") is False:
            row["verified"] = False
        out_rows.append(row)
    write(args.out / "sentences_unlabelled.jsonl", out_rows)
    labelled = []
    for row in out_rows:
        a = first[row["id"]]["code"]
        b = second.get(row["id"], {}).get("code")
        agreed = a if (not second or a == b) else None
        labelled.append({**row, "labels": {"A": a, "B": b}, "label": agreed})
    write(args.out / "sentences.jsonl", labelled)
    print(
        f"{args.labels.name}: {len(out_rows) - len(unverified)} of {len(order)} sentences found "
        f"by hash, {len(unverified)} filled unverified, {len(missing)} missing"
    )
    for ident in missing[:40]:
        print(f"  missing {ident} ({first[ident].get('split')})")
    return 0


def fill(order: list[str], rows: dict) -> None:
    """Take a single missing sentence between two found ones of the same document from the
    text between them (unverified)."""
    for i in range(1, len(order) - 1):
        before, gap, after = order[i - 1], order[i], order[i + 1]
        if gap in rows or before not in rows or after not in rows:
            continue
        doc = rows[before]["doc"]
        start, end = rows[before]["end"], rows[after]["start"]
        if rows[after]["doc"] == doc and 0 < end - start <= MAX_WORDS:
            rows[gap] = {"doc": doc, "start": start, "end": end, "verified": False}


def write(path: Path, rows: list[dict]) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

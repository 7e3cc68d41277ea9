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


def find(words: list[str], wanted: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Id -> (first word, end word) of every span whose hash is wanted."""
    found: dict[str, tuple[int, int]] = {}
    for start in range(len(words)):
        text = ""
        for end in range(start + 1, min(len(words), start + MAX_WORDS) + 1):
            text = words[start] if end == start + 1 else f"{text} {words[end - 1]}"
            for variant in {text, unicodedata.normalize("NFC", text)}:
                ident = wanted.get(sha1(variant))
                if ident is not None and ident not in found:
                    found[ident] = (start, end)
    return found


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
    by_hash: dict[str, list[str]] = {}
    for ident, row in first.items():
        by_hash.setdefault(row["sha1"], []).append(ident)
    order = list(first)
    rows: dict[str, dict] = {}
    for path in sorted((args.out / "raw").glob("*.txt")):
        doc = path.stem
        words, paras = words_with_paragraphs(path.read_text(encoding="utf-8"))
        # a hash shared by two ids (a repeated sentence): the first still unplaced takes it
        wanted = {h: ids[0] for h, ids in by_hash.items() if ids and ids[0] not in rows}
        for ident, (start, end) in find(words, wanted).items():
            rows[ident] = {"doc": doc, "start": start, "end": end, "para": paras[start]}
            rest = by_hash[first[ident]["sha1"]]
            rest.remove(ident)
        if args.fill_gaps:
            fill(order, rows, doc, words, paras)
    missing = [i for i in order if i not in rows]
    unverified = [i for i in rows if rows[i].get("verified") is False]
    out_rows = []
    for ident in order:
        if ident not in rows:
            continue
        place = rows[ident]
        raw = (args.out / "raw" / f"{place['doc']}.txt").read_text(encoding="utf-8")
        words, _ = words_with_paragraphs(raw)
        text = " ".join(words[place["start"] : place["end"]])
        lang = ident.split("-")[1] if ident.count("-") >= 2 else "sv"
        meta = docs.get(place["doc"], {})
        row = {
            "id": ident,
            "lang": meta.get("lang", lang),
            "doc": place["doc"],
            "kind": meta.get("kind", ""),
            "split": first[ident].get("split"),
            "para": place["para"],
            "text": text,
        }
        if place.get("verified") is False:
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


def fill(order: list[str], rows: dict, doc: str, words: list[str], paras: list[int]) -> None:
    """Take a single missing sentence between two found ones of ``doc`` from the text between
    them (unverified)."""
    for i in range(1, len(order) - 1):
        before, gap, after = order[i - 1], order[i], order[i + 1]
        if gap in rows or before not in rows or after not in rows:
            continue
        if rows[before]["doc"] != doc or rows[after]["doc"] != doc:
            continue
        start, end = rows[before]["end"], rows[after]["start"]
        if 0 < end - start <= MAX_WORDS:
            rows[gap] = {"doc": doc, "start": start, "end": end, "para": paras[start]}
            rows[gap]["verified"] = False


def write(path: Path, rows: list[dict]) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

"""Agreement between a real set's two blind annotators, per split, from its committed label files.

The two annotators' agreement is the ceiling a suggestion engine can be held to on this text,
so it is recomputed from the committed files rather than copied by hand. The labels carry the
SHA-1 of each sentence, and the two files must agree on it (and on the split) for every id:
otherwise they were made from different texts and the comparison is meaningless.

Figures: raw agreement, Cohen's kappa (five categories: the four codes and ``none``, by
qualcode's own ``cohen_kappa``), and macro-F1 of B against A over the four codes (a code
neither annotator gave in a split is left out of that split's mean and shown as ``-``).

    python benchmarks/label_agreement.py benchmarks/realtext2 [--disputed]

(each ``benchmarks/realtextN/agreement.py`` runs it on its own folder; the sets whose ids carry
a language, ``rt6-sv-001``, get a row per split and language as well, since a set mixing two
protocols, by passage in Swedish and by sentence in English, would hide in one pooled figure
which protocol the annotators read alike.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from qualcode.agreement.metrics import cohen_kappa

CODES = ("mission_dialogue", "systems_perspective", "integration", "long_term_economics")


def load(path: Path) -> dict[str, dict[str, str]]:
    """One annotator's rows by sentence id."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["id"]: row for row in rows}


def f1(a: list[str], b: list[str], code: str) -> float | None:
    """F1 of b against a for one code; None when neither annotator gave it."""
    tp = sum(x == code and y == code for x, y in zip(a, b, strict=True))
    given = sum(x == code for x in a) + sum(y == code for y in b)
    return 2 * tp / given if given else None


def figures(a: list[str], b: list[str]) -> str:
    """One table row: n, agreed, raw agreement, kappa, macro-F1 and per-code F1."""
    agreed = sum(x == y for x, y in zip(a, b, strict=True))
    per_code = [f1(a, b, code) for code in CODES]
    present = [value for value in per_code if value is not None]
    macro = sum(present) / len(present) if present else float("nan")
    cells = ["-" if value is None else f"{value:.2f}" for value in per_code]
    return (
        f"| {len(a)} | {agreed} | {agreed / len(a):.3f} | {cohen_kappa(a, b):.3f} | {macro:.3f} | "
        + " | ".join(cells)
        + " |"
    )


def language(sentence_id: str) -> str:
    """The language part of an id such as ``rt8-sv-001``."""
    return sentence_id.split("-")[1]


def groups(first: dict[str, dict[str, str]], by_language: bool) -> list[tuple[str, list[str]]]:
    """The table's rows: per split, and with ``by_language`` per split within each language
    and over all of them."""
    splits = ("dev", "held", "all")
    if not by_language:
        return [(s, [i for i in first if s in ("all", first[i]["split"])]) for s in splits]
    rows = []
    for lang in [*sorted({language(i) for i in first}), "all"]:
        for s in splits:
            ids = [
                i for i in first if s in ("all", first[i]["split"]) and lang in ("all", language(i))
            ]
            if ids:
                rows.append((f"{lang} {s}", ids))
    return rows


def main(folder: Path | None = None, by_language: bool = False) -> int:
    """Print the table for ``folder`` (or the folder named on the command line)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    if folder is None:
        parser.add_argument("folder", type=Path, help="a folder with labels_A/B.jsonl")
    parser.add_argument("--disputed", action="store_true", help="also list the disputed ids")
    args = parser.parse_args()
    folder = folder if folder is not None else args.folder
    first, second = load(folder / "labels_A.jsonl"), load(folder / "labels_B.jsonl")
    if first.keys() != second.keys():
        print("labels_A and labels_B label different sentences", file=sys.stderr)
        return 1

    def key(row: dict[str, str]) -> tuple[str, str]:
        return row["sha1"], row["split"]

    clash = [i for i in first if key(first[i]) != key(second[i])]
    if clash:
        print(f"{len(clash)} sentences differ in text or split, e.g. {clash[0]}", file=sys.stderr)
        return 1
    print("| set | n | agreed | raw | kappa | macro-F1 | " + " | ".join(CODES) + " |")
    print("|---" * (6 + len(CODES)) + "|")
    for name, ids in groups(first, by_language):
        a = [first[i]["code"] for i in ids]
        b = [second[i]["code"] for i in ids]
        row = figures(a, b)
        # kappa and macro-F1 are undefined when both gave one category only (all none)
        print(f"| {name} " + (row.replace("nan", "-") if by_language else row))
    if args.disputed:
        for i in first:
            if first[i]["code"] != second[i]["code"]:
                print(f"{i} ({first[i]['split']}): A {first[i]['code']}, B {second[i]['code']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Agreement between realtext8's two blind annotators, per split and per language.

realtext8 mixes two protocols (Swedish research prose labelled by passage, an English report
labelled sentence by sentence), so one pooled figure would hide which protocol the annotators
read alike; the table therefore has a row for each split, each language and each pair of them.
The figures and checks are label_agreement.py's (same sha1 and split check, same kappa and
macro-F1); the language is the middle part of the sentence id (``rt8-sv-001``).

python benchmarks/realtext8/agreement.py [--disputed]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from label_agreement import CODES, figures, load  # noqa: E402


def lang(sentence_id: str) -> str:
    """The language part of an id such as ``rt8-sv-001``."""
    return sentence_id.split("-")[1]


def main() -> int:
    """Print the agreement table (and, with --disputed, every disputed id)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--disputed", action="store_true", help="also list the disputed ids")
    args = parser.parse_args()
    first, second = load(HERE / "labels_A.jsonl"), load(HERE / "labels_B.jsonl")
    if first.keys() != second.keys():
        print("labels_A and labels_B label different sentences", file=sys.stderr)
        return 1
    clash = [
        i
        for i in first
        if (first[i]["sha1"], first[i]["split"]) != (second[i]["sha1"], second[i]["split"])
    ]
    if clash:
        print(f"{len(clash)} sentences differ in text or split, e.g. {clash[0]}", file=sys.stderr)
        return 1
    print("| set | n | agreed | raw | kappa | macro-F1 | " + " | ".join(CODES) + " |")
    print("|---" * (6 + len(CODES)) + "|")
    langs = sorted({lang(i) for i in first})
    groups = [(s, la) for la in [*langs, "all"] for s in ("dev", "held", "all")]
    for split, language in groups:
        ids = [
            i for i in first if split in ("all", first[i]["split"]) and language in ("all", lang(i))
        ]
        if not ids:
            continue
        a = [first[i]["code"] for i in ids]
        b = [second[i]["code"] for i in ids]
        # kappa and macro-F1 are undefined when both gave one category only (all none)
        print(f"| {language} {split} " + figures(a, b).replace("nan", "-"))
    if args.disputed:
        for i in first:
            if first[i]["code"] != second[i]["code"]:
                print(f"{i} ({first[i]['split']}): A {first[i]['code']}, B {second[i]['code']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

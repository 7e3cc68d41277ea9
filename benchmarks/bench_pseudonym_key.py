"""A project for timing the pseudonym key: the demo with 2,000 synthetic names on its key.

    python benchmarks/bench_pseudonym_key.py k.db [--names 2000]
    QUALCODE_CODER=lena /usr/bin/time -f %U+%S qualcode -p k.db export codings -o c.csv
    QUALCODE_CODER=lena /usr/bin/time -f %U+%S qualcode -p k.db pseudonym set "Zorro Test" N9999

The names are made from syllables (no real names); a third are surnames alone, the rest a
given name and a surname, as a national study's key holds them.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qualcode.demo import build_demo  # noqa: E402

FIRST = ["Anna", "Karin", "Elin", "Johan", "Lars", "Åsa", "Örjan", "Maria", "Sofia", "Erik"]
FIRST += ["Olof", "Ann-Charlotte", "Björn", "Stina"]
SYLLABLES = ["berg", "lind", "qvist", "ström", "holm", "gren", "dahl", "son", "sjö", "ek"]
SYLLABLES += ["vall", "mark"]


def names(n: int) -> list[str]:
    rng = random.Random(7)
    found: set[str] = set()
    while len(found) < n:
        surname = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        found.add(f"{rng.choice(FIRST)} {surname}" if rng.random() < 0.6 else surname)
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--names", type=int, default=2000)
    args = parser.parse_args()
    with build_demo(args.path, ROOT) as project:
        lead = next(c.name for c in project.coders() if c.role == "lead")
        with project.store.transaction():  # straight in: the time is the key's, not set's
            for i, name in enumerate(names(args.names), 1):
                project.store.pseudonyms.set(name, f"N{i}", "person", lead)
        print(f"{args.path}: {len(project.pseudonyms(lead))} names on the key (lead {lead})")


if __name__ == "__main__":
    main()

"""Whole `qualcode search` processes on the demo and on 1,000 documents: CPU seconds.

A search reads every document's text; a word's forms (``qualcode/project/word_forms.py``)
add the lookup lemma table of each language searched and a longer pattern. Times whole
processes (CPU, user + system, best of ``--runs``) against `qualcode --version` in the
same run, each term as found by its forms and with ``--exact`` (the letters alone, as every
search was before the forms).

    python benchmarks/bench_search.py [--demo demo.db] [--big big.db] [--documents 1000]
        [--runs 3] [--no-exact]

``--demo``: the demo project (built by `qualcode demo` when the file does not exist);
``--big``: a project of ``--documents`` documents copied through the store from the demo's
transcripts, Swedish and English alike (built when the file does not exist).
``--no-exact`` times the terms without ``--exact``, for a checkout that has no such flag
(run it with that checkout first on PYTHONPATH to time the code before).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

TERMS = ("ärendet", "socialsekreterare*", "barn", "caseloads")


def cpu_of(command: list[str]) -> float:
    """CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=dict(os.environ))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def hits(command: list[str]) -> int:
    """How many hits a search's CSV lists (its rows after the header; a row's context
    may hold a line break)."""
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return max(0, len(list(csv.reader(io.StringIO(out.strip())))) - 1)


def demo(path: Path) -> None:
    """The demo project, as `qualcode demo` builds it."""
    qualcode = [sys.executable, "-m", "qualcode"]
    subprocess.run(
        [*qualcode, "demo", "--target", str(path), "--no-tui"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def big(path: Path, source: Path, documents: int) -> None:
    """``documents`` documents cycling through the demo's transcripts (text, language,
    turns, sentences and attributes), written through the store (import would time spaCy)."""
    from qualcode import Project

    with Project.open(source) as demo_project:
        shown = demo_project.documents()
        texts = demo_project.document_texts([d.id for d in shown])
        kept = [(d, texts[d.id], demo_project.turns(d.id), demo_project.units(d.id)) for d in shown]
    project = Project.create(path)
    with project.store.transaction():
        for n in range(documents):
            doc, text, turns, units = kept[n % len(kept)]
            project.store.documents.insert(
                name=f"{n:04}_{doc.name}",
                lang=doc.lang,
                text=text,
                sha256=f"{n}",
                source_path=None,
                attributes=dict(doc.attributes),
                turns=list(turns),
                units=list(units),
            )
    project.close()


def timed(path: Path, runs: int, exact: bool) -> None:
    qualcode = [sys.executable, "-m", "qualcode"]
    start_up = min(cpu_of([*qualcode, "--version"]) for _ in range(runs))
    print(f"  qualcode --version (start-up)              {start_up:5.2f} s CPU")
    for term in TERMS:
        for flags in ([], ["--exact"]) if exact else ([],):
            command = [*qualcode, "-p", str(path), "search", term, *flags, "--format", "csv"]
            best = min(cpu_of(command) for _ in range(runs))
            said = " ".join([repr(term), *flags])
            print(f"  qualcode search {said:30} {best:5.2f} s CPU  {hits(command):6} hits")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo", type=Path, help="The demo project (built if missing).")
    parser.add_argument("--big", type=Path, help="The big project (built if missing).")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-exact", action="store_true", help="No --exact runs.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        demo_path = args.demo or Path(scratch) / "demo.db"
        big_path = args.big or Path(scratch) / "big.db"
        if not demo_path.exists():
            demo(demo_path)
        if not big_path.exists():
            big(big_path, demo_path, args.documents)
        for name, path in (("demo", demo_path), (f"{args.documents} documents", big_path)):
            print(f"{name} ({path.name})")
            timed(path, args.runs, not args.no_exact)


if __name__ == "__main__":
    main()

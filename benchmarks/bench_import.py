"""Import and segmentation of ~1M words against bare spaCy in the same run.

Budget (DESIGN.md): importing 1M words takes at most 3x bare ``spacy.blank(lang)`` +
sentencizer ``nlp.pipe`` over the same text. Both sides run as whole processes so that
start-up (imports, pipeline construction) counts as it does for a user.

    python benchmarks/bench_import.py [--words 1000000] [--files 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BASELINE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("sv")
nlp.add_pipe("sentencizer")
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
n = sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=64))
print(n)
"""

QUALCODE = """
import sys
from pathlib import Path
from qualcode import Project
project = Project.create(Path(sys.argv[2]))
report = project.import_files(sorted(Path(sys.argv[1]).glob("*.txt")), lang="sv")
assert not report.failed, report.failed
print(len(report.imported))
"""


def make_corpus(folder: Path, words: int, files: int) -> int:
    """Transcripts built from the demo corpus's Swedish talk, repeated to size."""
    from qualcode.ingest import read_document

    demo = sorted((ROOT / "corpora" / "demo").glob("*.txt"))
    source = [read_document(p).text for p in demo]
    body = "\n\n".join(source)
    per_file = words // files
    tokens = body.split(" ")
    total = 0
    for i in range(files):
        chunk: list[str] = []
        while len(chunk) < per_file:
            chunk.extend(tokens)
        text = f"Intervju {i}\n\n" + " ".join(chunk[:per_file])
        (folder / f"t{i:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total


def run(script: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        total = make_corpus(folder, args.words, args.files)
        base, ours = [], []
        for i in range(args.repeat):
            base.append(run(BASELINE, str(folder)))
            ours.append(run(QUALCODE, str(folder), str(folder / f"p{i}.db")))
    b, o = statistics.median(base), statistics.median(ours)
    print(f"{total:,} words in {args.files} files (median of {args.repeat} runs)")
    print(f"  bare spacy.blank + sentencizer nlp.pipe  {b:7.2f} s  ({total / b:,.0f} words/s)")
    print(f"  qualcode import (read, turns, units, db) {o:7.2f} s  ({total / o:,.0f} words/s)")
    print(f"  ratio qualcode / bare                    {o / b:7.2f}  (budget 3.0)")


if __name__ == "__main__":
    main()

"""Suggesting on ~1M words with a trained classifier, against bare spaCy in the same run.

Budget (issue 4): at least a quarter of the throughput of bare ``nlp.pipe`` with sentencizer
and lookup lemmatizer over the same text. Both sides run as whole processes. The project is
built first (the demo's codebook and two coders' codings, then ~1M words of transcripts),
so the classifier has real codings to learn from; only `suggest` is timed.

    python benchmarks/bench_suggest.py [--words 1000000] [--files 200] [--repeat 2]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import make_corpus, run

BASELINE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("sv")
nlp.add_pipe("sentencizer")
nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
nlp.initialize()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
print(sum(len(d) for d in nlp.pipe(texts, batch_size=64)))
"""

SUGGEST = """
import sys
from qualcode import Project
project = Project.open(sys.argv[1])
print(len(project.suggest()))
"""


def main() -> None:
    from qualcode.demo import build_demo

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus"
        corpus.mkdir()
        total = make_corpus(corpus, args.words, args.files)
        project_path = folder / "bench.db"
        project = build_demo(project_path)
        report = project.import_files(sorted(corpus.glob("*.txt")), lang="sv", allow_duplicate=True)
        assert not report.failed
        project.close()
        base, ours = [], []
        for i in range(args.repeat):
            base.append(run(BASELINE, str(corpus)))
            copy = folder / f"run{i}.db"
            shutil.copy(project_path, copy)
            ours.append(run(SUGGEST, str(copy)))
    b, o = statistics.median(base), statistics.median(ours)
    print(f"{total:,} words in {args.files} files + the demo (median of {args.repeat} runs)")
    print(f"  bare nlp.pipe, sentencizer + lookup lemmatizer {b:7.2f} s ({total / b:,.0f} w/s)")
    print(f"  qualcode suggest (all documents, trained)      {o:7.2f} s ({total / o:,.0f} w/s)")
    print(f"  throughput ratio qualcode / bare               {b / o:7.2f}  (budget >= 0.25)")


if __name__ == "__main__":
    main()

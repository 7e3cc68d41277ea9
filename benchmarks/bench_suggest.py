"""Suggesting on ~1M words with the core engine, against bare spaCy in the same run; and
the semantic tier's words per second.

Budget (issue 10.6): at least a quarter of the throughput of bare ``nlp.pipe`` with
sentencizer and lookup lemmatizer over the same text. Both sides run as whole processes
and are measured in CPU seconds (user + system of the child, which a busy machine does
not inflate the way it does wall time). The project is built first (the demo's codebook
and coders' codings, then ~1M words of transcripts) and the engine fitted once and kept in
it, as a team's project is after its first suggestions; only ``suggest`` over every
document is timed (core tier: keywords, n-grams, learned models, stacker).

The semantic tier (``--semantic-words N``): embedding N words of the same talk with
``Project.embed``, as the TUI does in the background, again in CPU seconds.

    python benchmarks/bench_suggest.py [--words 1000000] [--files 200] [--repeat 2]
                                       [--semantic-words 2000] [--before DIR]

``--before DIR``: also time the ``qualcode`` package found in DIR (an older commit's, e.g.
``git archive COMMIT qualcode | tar -x -C DIR``) on the same project, interleaved, so a
speed-up is measured against the code before it in the same run. The older code builds and
fits its own copy of the project (the same generated talk): a kept engine carries its
``MODEL_VERSION``, so an older version would fit ours again. Its demo comes from DIR's own
``corpora/`` and ``codebooks/`` when DIR has them (``git archive COMMIT qualcode corpora
codebooks``), else from this checkout's: an older reader refuses a newer codebook's fields
(stop 48: ``unknown field 'parts'`` against stop 45's code).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import make_corpus

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
import qualcode
from qualcode import Project
project = Project.open(sys.argv[1])
print(len(project.suggest(semantic=False)), project.engine_fits, qualcode.__file__)
"""

BUILD = """
import sys
from pathlib import Path
from qualcode.demo import build_demo
project = build_demo(Path(sys.argv[1]), Path(sys.argv[3]))
report = project.import_files(sorted(Path(sys.argv[2]).glob("*.txt")), lang="sv")
assert not report.failed
project.suggester(semantic=False)
project.close()
"""

EMBED = """
import sys
from qualcode import Project
project = Project.open(sys.argv[1])
totals = [0]
project.embed([sys.argv[2]], lambda done, total: totals.append(total))
print(totals[-1])  # words actually embedded (texts already kept are not counted)
"""


def cpu(script: str, *args: str, path: str | None = None) -> tuple[float, str]:
    """CPU seconds (user + system) of a whole child process running ``script``, and what
    it printed (``path``: a directory whose packages come first)."""
    env = dict(os.environ, PYTHONPATH=path) if path else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=path,  # ``-c`` puts the working directory first on the path: a checkout's own
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, done.stdout


def unheard(text: str) -> str:
    """The same words with each paragraph's in another order (seeded): the generated talk is
    the demo's, whose sentences the engine embeds as coded passages, so embedding it as it
    is counted a handful of words (stop 19's run: 5). Shuffled, nearly every sentence is new
    and of the same length in tokens, which is what the embedding's cost depends on."""
    rng = random.Random(0)
    paragraphs = []
    for paragraph in text.split("\n\n"):
        words = paragraph.split()
        rng.shuffle(words)
        paragraphs.append(" ".join(words))
    return "\n\n".join(paragraphs)


def main() -> None:
    from qualcode import Project
    from qualcode.demo import build_demo

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--semantic-words", type=int, default=0)
    parser.add_argument("--before", help="a directory holding an older qualcode package")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus"
        corpus.mkdir()
        total = make_corpus(corpus, args.words, args.files)
        project_path = folder / "bench.db"
        project = build_demo(project_path)
        report = project.import_files(sorted(corpus.glob("*.txt")), lang="sv")
        assert not report.failed
        project.suggester(semantic=False)  # fitted once and kept in the project file
        project.close()
        older_path = folder / "bench_before.db"
        if args.before:
            own = Path(args.before).resolve()
            root = str(own if (own / "codebooks").is_dir() else Path(__file__).resolve().parents[1])
            cpu(BUILD, str(older_path), str(corpus), root, path=args.before)
        base, ours, older = [], [], []
        for i in range(args.repeat):
            base.append(cpu(BASELINE, str(corpus))[0])
            copy = folder / f"run{i}.db"
            shutil.copy(project_path, copy)
            seconds, printed = cpu(SUGGEST, str(copy))
            assert printed.split()[1] == "0", "the kept engine was not reused"
            ours.append(seconds)
            if args.before:
                shutil.copy(older_path, copy)
                seconds, printed = cpu(SUGGEST, str(copy), path=args.before)
                assert printed.split()[1] == "0", "the older code fitted its engine again"
                assert printed.split()[2].startswith(str(Path(args.before).resolve()))
                older.append(seconds)
        semantic = None
        if args.semantic_words:
            small = folder / "semantic"
            small.mkdir()
            make_corpus(small, args.semantic_words, 1)
            talk = small / "t0000.txt"
            talk.write_text(unheard(talk.read_text(encoding="utf-8")), encoding="utf-8")
            talk.rename(small / "semantic_talk.txt")
            with Project.open(project_path) as project:
                project.import_files(sorted(small.glob("*.txt")), lang="sv")
                project.suggester(semantic=True)  # embeds the engine's own texts, once
            seconds, printed = cpu(EMBED, str(project_path), "semantic_talk")
            semantic = (seconds, int(printed.split()[-1]))
    b, o = statistics.median(base), statistics.median(ours)
    print(f"{total:,} words in {args.files} files + the demo (median of {args.repeat} runs)")
    print(f"  bare nlp.pipe, sentencizer + lookup lemmatizer {b:7.2f} s CPU ({total / b:,.0f} w/s)")
    print(f"  qualcode suggest, all documents, core tier     {o:7.2f} s CPU ({total / o:,.0f} w/s)")
    print(f"  throughput ratio qualcode / bare               {b / o:7.2f}  (budget >= 0.25)")
    if older:
        x = statistics.median(older)
        print(f"  the code in {args.before}: {x:7.2f} s CPU, ratio {b / x:.2f}")
    if semantic:
        seconds, words = semantic
        print(f"  semantic tier: embedding {words:,} words      {seconds:7.2f} s CPU "
              f"({words / seconds:,.0f} w/s)")  # fmt: skip


if __name__ == "__main__":
    main()

"""Import of one document of many short paragraphs against bare spaCy in the same run.

A minutes document, a subtitle file of short cues or a transcript full of backchannels
('Mm.', 'Ja.') is a text of many paragraphs of a word or two, each its own turn: there the
cost per paragraph, not per word, decides. Every side runs as a whole process; CPU seconds
(user + system) come from the kernel (``os.wait4``). The baselines are bare
``spacy.blank("sv")`` + sentencizer ``nlp.pipe`` over the same text: once in pieces of at
most 100,000 characters cut at blank lines (the text as spaCy can take it), once a
paragraph at a time (as many documents as qualcode has turns).

    python benchmarks/bench_short_paragraphs.py [--paragraphs 200000] [--repeat 3]
        [--before DIR]   # also import with the qualcode found in DIR (PYTHONPATH=DIR)
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

BASELINE = """
import sys
import spacy
nlp = spacy.blank("sv")
nlp.add_pipe("sentencizer")
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = text.split("\\n\\n")
if sys.argv[2] == "pieces":
    texts, piece = [], []
    size = 0
    for p in paragraphs:
        if size + len(p) > 100_000:
            texts.append("\\n\\n".join(piece))
            piece, size = [], 0
        piece.append(p)
        size += len(p) + 2
    texts.append("\\n\\n".join(piece))
else:
    texts = paragraphs
print(sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=256)))
"""

ROOT = Path(__file__).resolve().parent.parent
LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"


def cpu(args: list[str], env: dict[str, str] | None = None) -> float:
    """CPU seconds (user + system) of one whole process, which must succeed."""
    # run from the temporary folder: from a checkout, ``python -m`` would find that
    # checkout's qualcode before the one on PYTHONPATH
    proc = subprocess.Popen(
        args,
        env=env,
        cwd=tempfile.gettempdir(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"failed: {' '.join(args)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--paragraphs", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", type=Path)
    args = parser.parse_args()
    random.seed(39)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "many.txt"
        # distinct words of 3 to 12 letters (about 2 MB for 200,000): spaCy's tokenizer
        # caches a word it has seen, so repeated backchannels ('Mm.') would flatter both
        words = [
            "".join(random.choices(LETTERS, k=random.randint(3, 12)))
            for _ in range(args.paragraphs)
        ]
        source.write_text("\n\n".join(words) + "\n", encoding="utf-8")
        sides: dict[str, list[float]] = {}
        imports = [("qualcode import", str(ROOT))]  # this checkout's qualcode
        if args.before:
            imports.append(("qualcode import, before", str(args.before.resolve())))
        for i in range(args.repeat):
            for how in ("pieces", "paragraphs"):
                run = [sys.executable, "-c", BASELINE, str(source), how]
                sides.setdefault(f"bare nlp.pipe, {how}", []).append(cpu(run))
            for name, path in imports:
                db = Path(tmp) / f"p{i}{len(name)}.db"
                env = dict(os.environ, PYTHONPATH=path)
                cpu([sys.executable, "-m", "qualcode", "-p", str(db), "init"], env)
                run = [sys.executable, "-m", "qualcode", "-p", str(db), "import", str(source)]
                sides.setdefault(name, []).append(cpu([*run, "--lang", "sv"], env))
    print(
        f"{args.paragraphs:,} one-word paragraphs (distinct words),"
        f" CPU s, best of {args.repeat} [all runs]"
    )
    best = {name: min(runs) for name, runs in sides.items()}
    for name, runs in sides.items():
        shown = ", ".join(f"{r:.2f}" for r in runs)
        print(f"  {name:34} {best[name]:7.2f}  [{shown}]")
    for name, _ in imports:
        ratio = best[name] / best["bare nlp.pipe, pieces"]
        print(f"  ratio {name} / bare pieces: {ratio:.2f} (budget 3.0)")


if __name__ == "__main__":
    main()

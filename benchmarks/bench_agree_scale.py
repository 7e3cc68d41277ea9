"""`qualcode agree` on a national study: 1,000 documents (1M words), 200k codings, 3 coders.

Budget (issue 11, item 11): under 2 s CPU for the whole process. The project is written
through the store in bulk (importing 1M words would time spaCy instead): each document has
sentence units of 10-20 words and one speaker turn, every coder marks every document done,
and the three coders code mostly the same sentences with the same codes (with some
disagreement on code, presence and boundaries), as a trained team would.

The figure is the CPU seconds (user + system) of `qualcode -p FILE agree` as a child process,
the best of ``--repeat`` runs; `qualcode --version` is timed the same way as the start-up
baseline.

    python benchmarks/bench_agree_scale.py [--documents 1000] [--codings 200000] [--db big.db]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qualcode import Project
from qualcode.codebook import load_codebook
from qualcode.model import Turn, Unit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from study_words import WORDS

ROOT = Path(__file__).resolve().parent.parent
CODERS = ("karin", "johan", "mats")


def build(path: Path, documents: int, codings: int, words_per_doc: int = 1000) -> int:
    """Write the project; returns the number of codings written."""
    rng = random.Random(11)
    project = Project.create(path)
    project.apply_codebook(load_codebook(ROOT / "codebooks" / "turning_points.yaml"))
    coders = {name: project.add_coder(name).id for name in CODERS}
    project.add_coder("lena", role="lead")
    codes = [c.id for c in project.codebook()]
    store = project.store
    per_doc = codings // documents
    written = 0
    with store.transaction():
        for d in range(documents):
            words = [rng.choice(WORDS) for _ in range(words_per_doc)]
            units, pieces, pos, i = [], [], 0, 0
            while i < len(words):
                n = rng.randint(10, 20)
                sentence = " ".join(words[i : i + n]).capitalize() + "."
                units.append(Unit(len(units), pos, pos + len(sentence)))
                pieces.append(sentence)
                pos += len(sentence) + 1
                i += n
            text = " ".join(pieces)
            doc = store.documents.insert(
                name=f"d{d:04}.txt",
                lang="sv",
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                source_path=None,
                attributes={"municipality": rng.choice(["Åby", "Norrvik", "Ekstad"])},
                turns=[Turn(0, "R", 0, len(text))],
                units=units,
            )
            # the team codes the same passages: each chosen (unit, code) gets all three
            # coders most of the time, with a shifted boundary or another code now and then
            made = 0
            seen: set[tuple[int, int, str, str]] = set()  # a passage is coded once per coder
            while made < per_doc:
                unit = rng.choice(units)
                code = rng.choice(codes)
                for coder in CODERS:
                    if made >= per_doc:
                        break
                    if rng.random() < 0.1:
                        continue  # presence disagreement
                    start, end = unit.start, unit.end
                    if rng.random() < 0.1:
                        start = min(end - 1, start + rng.randint(1, 30))  # boundary
                    chosen = rng.choice(codes) if rng.random() < 0.05 else code
                    if (start, end, chosen, coder) in seen:
                        continue
                    seen.add((start, end, chosen, coder))
                    store.codings.insert(
                        document_id=doc,
                        start=start,
                        end=end,
                        code_id=chosen,
                        coder_id=coders[coder],
                    )
                    made += 1
            written += made
        for doc in store.documents.summaries():
            for coder in coders.values():
                store.coders.set_status(doc.id, coder, "done")
    project.close()
    return written


def cpu_of(command: list[str]) -> tuple[float, float]:
    """CPU (user + system) and wall seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--codings", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="Keep the generated project here and reuse it.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "big.db"
        if not path.exists():
            started = time.perf_counter()
            count = build(path, args.documents, args.codings)
            print(f"built {path.name}: {count:,} codings in {time.perf_counter() - started:.0f} s")
        qualcode = [sys.executable, "-m", "qualcode", "-p", str(path)]
        start_up = min(cpu_of([sys.executable, "-m", "qualcode", "--version"]) for _ in range(3))
        runs = [cpu_of([*qualcode, "agree", "--coder", "lena"]) for _ in range(args.repeat)]
    best = min(runs)
    print(f"{args.documents} documents, {args.codings:,} codings, 3 coders (best of {args.repeat})")
    print(
        f"  qualcode agree (bootstrap 1000)  {best[0]:6.2f} s CPU  {best[1]:6.2f} s wall (budget 2)"
    )
    print(
        f"  qualcode --version (start-up)     {start_up[0]:6.2f} s CPU  {start_up[1]:6.2f} s wall"
    )


if __name__ == "__main__":
    main()

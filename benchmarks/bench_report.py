"""Analysis and report at the size of a national study: 1,000 documents, 200k codings.

Budget (DESIGN.md): under 2 s. Times ``Project.frames`` plus the analysis tables a summary
needs (frequencies by municipality and role, a crosstab, co-occurrence, quotes) against a
baseline in the same run: reading the same codings with one plain SQL query into pandas
and a single groupby.

    python benchmarks/bench_report.py [--documents 1000] [--codings 200000] [--db big.db] [--cli]

``--cli`` also times whole `qualcode report` processes (CPU seconds, user + system, best of
3) as a lead reads them, against `qualcode --version` in the same run.

``--summary CODER`` times whole `qualcode export summary` processes instead (.md, .html and
.docx of CODER's layer, `--layer coder --coder CODER`; best of ``--runs``), against
`qualcode --version` in the same run, on the project ``--db`` names (the `agree` project of
``bench_agree_scale.py`` with its lead ``lena``, say); the tables above are not timed then.

    python benchmarks/bench_report.py --db big.db --summary lena [--runs 3]

The processes run the qualcode this one imports: to compare two checkouts, run it with
``PYTHONPATH`` set to each (a ``git archive`` of ``qualcode/``), their modules compiled
once first (``python -m compileall``): with ``PYTHONDONTWRITEBYTECODE=1`` set, as on the
shared machine, an uncompiled checkout compiles every module again at every run (0.3 s
CPU that an installed qualcode never pays).
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from qualcode import Project
from qualcode.analysis.frames import cooccurrence, crosstab, frequencies, quotes
from qualcode.codebook import load_codebook
from qualcode.model import Turn, Unit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from study_words import WORDS as STUDY_WORDS

WORDS = STUDY_WORDS[:12]  # the documents as they were drawn before the list was shared


def build(path: Path, documents: int, codings: int) -> None:
    """A project written through the store in bulk (import would time spaCy instead)."""
    rng = random.Random(3)
    project = Project.create(path)
    project.apply_codebook(
        load_codebook(Path(__file__).parent.parent / "codebooks" / "turning_points.yaml")
    )
    coders = [project.add_coder(n).id for n in ("karin", "johan", "lena")]
    codes = [c.id for c in project.codebook()]
    store = project.store
    per_doc = codings // documents
    with store.transaction():
        for d in range(documents):
            text = " ".join(rng.choice(WORDS) for _ in range(2000))
            doc = store.documents.insert(
                name=f"d{d:04}.txt",
                lang="sv",
                text=text,
                sha256=f"{d}",
                source_path=None,
                attributes={
                    "municipality": rng.choice(["Åby", "Norrvik", "Ekstad"]),
                    "role": rng.choice(["politiker", "chef", "socialsekreterare"]),
                },
                turns=[Turn(0, "R", 0, len(text))],
                units=[Unit(0, 0, len(text))],
            )
            for _ in range(per_doc):
                start = rng.randrange(0, len(text) - 200)
                store.codings.insert(
                    document_id=doc,
                    start=start,
                    end=start + rng.randrange(20, 200),
                    code_id=rng.choice(codes),
                    coder_id=rng.choice(coders),
                )
    project.close()


LEAD = "anna"
REPORTS = (
    ["frequencies", "--by", "municipality,role"],
    ["crosstab", "municipality"],
    ["cooccurrence"],
    ["quotes"],
)


def with_lead(path: Path) -> None:
    """A lead who reads every coder's codings (projects built before had none)."""
    with Project.open(path) as project:
        if LEAD not in {c.name for c in project.store.coders.list()}:
            project.add_coder(LEAD, role="lead")


def cpu_of(command: list[str], quiet: bool = False) -> float:
    """CPU seconds (user + system) of one child process (``quiet``: its notes unprinted)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    stderr = subprocess.DEVNULL if quiet else None
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def processes(path: Path) -> None:
    """Whole `qualcode report` processes, best of 3 each, and the start-up baseline."""
    with_lead(path)
    qualcode = [sys.executable, "-m", "qualcode"]
    start_up = min(cpu_of([*qualcode, "--version"]) for _ in range(3))
    print(f"  qualcode --version (start-up)  {start_up:5.2f} s CPU")
    for args in REPORTS:
        command = [*qualcode, "-p", str(path), "report", *args, "--coder", LEAD]
        best = min(cpu_of(command) for _ in range(3))
        said = " ".join(args)
        print(f"  qualcode report {said:34} {best:5.2f} s CPU (ratio {best / start_up:4.1f})")


def summaries(path: Path, coder: str, runs: int) -> None:
    """Whole `qualcode export summary` processes, best of ``runs`` each, the three formats
    taking turns, and the start-up baseline in the same run."""
    qualcode = [sys.executable, "-m", "qualcode"]
    start_up = min(cpu_of([*qualcode, "--version"]) for _ in range(runs))
    print(f"  qualcode --version (start-up)  {start_up:5.2f} s CPU")
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as out:
        for _ in range(runs):
            for kind in ("md", "html", "docx"):
                command = [*qualcode, "-p", str(path), "export", "summary"]
                command += [str(Path(out) / f"s.{kind}"), "--force", "--layer", "coder"]
                seconds = cpu_of([*command, "--coder", coder], quiet=True)
                best[kind] = min(best.get(kind, seconds), seconds)
    for kind, seconds in best.items():
        print(
            f"  qualcode export summary s.{kind:5} {seconds:5.2f} s CPU "
            f"(ratio {seconds / start_up:4.1f})"
        )


def ours(path: Path) -> None:
    with Project.open(path) as project:
        f = project.frames()
        frequencies(f["codings"], f["documents"], ["municipality", "role"])
        crosstab(f["codings"], f["documents"], "municipality", "not given")
        cooccurrence(f["codings"])
        quotes(f["codings"], f["documents"], per_code=5)


def baseline(path: Path) -> None:
    conn = sqlite3.connect(path)
    frame = pd.read_sql_query(
        "SELECT c.document_id, k.key AS code, a.value AS municipality, "
        'substr(d.text, c.start + 1, c."end" - c.start) AS text FROM codings c '
        "JOIN codes k ON k.id = c.code_id JOIN documents d ON d.id = c.document_id "
        "JOIN attributes a ON a.document_id = d.id AND a.key = 'municipality'",
        conn,
    )
    frame.groupby(["code", "municipality"]).size()
    conn.close()


def timed(fn, path: Path) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU seconds of one run (CPU time is steadier on a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(path)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--codings", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="Keep the generated project here and reuse it.")
    parser.add_argument("--cli", action="store_true", help="Also time `qualcode report` runs.")
    parser.add_argument("--summary", metavar="CODER", help="Time `export summary` instead.")
    parser.add_argument("--runs", type=int, default=3, help="Runs of each (--summary).")
    args = parser.parse_args()
    if args.summary:
        if not args.db or not args.db.exists():
            parser.error("--summary needs --db: an existing project")
        print(f"{args.db}: whole `export summary` processes of {args.summary}'s layer")
        summaries(args.db, args.summary, args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "big.db"
        if not path.exists():
            build(path, args.documents, args.codings)
        runs = [(timed(baseline, path), timed(ours, path)) for _ in range(3)]  # interleaved
        if args.cli:
            print(f"{args.documents} documents, {args.codings:,} codings: whole processes")
            processes(path)
    base_wall, base_cpu = min(r[0][0] for r in runs), min(r[0][1] for r in runs)
    mine_wall, mine_cpu = min(r[1][0] for r in runs), min(r[1][1] for r in runs)
    print(f"{args.documents} documents, {args.codings:,} codings (best of 3, wall / CPU)")
    print(
        "  qualcode frames + frequencies, crosstab, co-occurrence, quotes "
        f"{mine_wall:6.2f} s / {mine_cpu:5.2f} s (budget 2)"
    )
    print(
        "  baseline: one SQL query into pandas + groupby                  "
        f"{base_wall:6.2f} s / {base_cpu:5.2f} s"
    )
    print(
        "  ratio                                                          "
        f"{mine_wall / base_wall:6.2f}   / {mine_cpu / base_cpu:5.2f}"
    )


if __name__ == "__main__":
    main()

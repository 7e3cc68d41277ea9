"""Peak memory and CPU seconds of a .qdpx export, and its import, as the project grows.

A national study's project can hold gigabytes of text: a .qdpx of one whose project.qde
passed 2 GiB peaked at 10.9 GB of memory, a crash on a researcher's laptop. What an export
holds at once should grow with its largest document, not with the whole project. This
writes projects of ``--mb`` megabytes of source text each (documents of ``--doc-mb``,
Swedish talk from the demo, a coding per paragraph for each of three coders, a memo on
every tenth coding, a place on the pseudonym key, so that the read-back for names runs),
through the store in bulk (importing them would time spaCy instead), then runs

    python -c "...; Project.open(DB).export_qdpx(FILE, force=True)"   (the export alone)
    qualcode -p big.db export qdpx -o big.qdpx --force               (and its notes)
    qualcode -p new.db import-qdpx big.qdpx                          (with --import)

each as a whole process, and prints its user and system CPU seconds and peak resident
memory as the kernel counts them (``os.wait4``), beside a process that only reads the
database's texts (the baseline of the same run).

    python benchmarks/bench_big_qdpx.py [--mb 100 400] [--doc-mb 4] [--import] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODERS = ("karin", "johan", "mats")
PARAGRAPHS_A_CODING = 20  # the demo's paragraphs are short: 100 MB, about 100k codings
BASELINE = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "print(sum(len(t) for (t,) in c.execute('SELECT text FROM documents')))"
)

# the export alone, as the service writes it (the command line's notes after it, on names
# the key lacks, read every text again: measured apart)
SERVICE = (
    "import sys; from qualcode import Project; p = Project.open(sys.argv[1]); "
    "p.act_as('lena'); p.export_qdpx(sys.argv[2], force=True); p.close()"
)


def _talk() -> str:
    """The demo's Swedish transcripts joined: about 150 kB of paragraphs."""
    texts = []
    for path in sorted((ROOT / "corpora" / "demo").glob("*.txt")):
        raw = path.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252"))
    return "\n\n".join(t.replace("\r\n", "\n").strip() for t in texts)


def build(path: Path, megabytes: float, doc_mb: float) -> tuple[int, int]:
    """The project; returns (documents, codings) written."""
    from qualcode import Project
    from qualcode.codebook import load_codebook
    from qualcode.model import Turn, Unit

    project = Project.create(path)
    project.apply_codebook(load_codebook(ROOT / "codebooks" / "turning_points.yaml"))
    coders = {name: project.add_coder(name).id for name in CODERS}
    project.add_coder("lena", role="lead")
    project.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
    codes = [c.id for c in project.codebook()]
    talk = _talk()
    body = "\n\n".join([talk] * max(1, int(doc_mb * 1024 * 1024 / len(talk.encode()))))
    paragraphs = []
    pos = 0
    for paragraph in body.split("\n\n"):
        paragraphs.append((pos, pos + len(paragraph)))
        pos += len(paragraph) + 2
    count = max(1, round(megabytes / doc_mb))
    store = project.store
    codings = 0
    with store.transaction():
        for d in range(count):
            head = f"Intervju {d:05}\n\n"
            text = head + body
            units = [Unit(i, s + len(head), e + len(head)) for i, (s, e) in enumerate(paragraphs)]
            doc = store.documents.insert(
                name=f"intervju_{d:05}.txt",
                lang="sv",
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                source_path=None,
                attributes={"municipality": ("Åby", "Norrvik", "Ekstad")[d % 3]},
                turns=[Turn(0, "R", 0, len(text))],
                units=units,
            )
            for unit in units[::PARAGRAPHS_A_CODING]:
                for c, coder in enumerate(CODERS):
                    coding = store.codings.insert(
                        document_id=doc,
                        start=unit.start,
                        end=unit.end,
                        code_id=codes[(unit.idx + c // 2) % len(codes)],
                        coder_id=coders[coder],
                    )
                    codings += 1
                    if codings % 10 == 0:
                        store.memos.add("coding", coding, coder, f"Läsning {codings}: ett skifte.")
    project.close()
    return count, codings


def measure(command: list[str]) -> tuple[float, float, float]:
    """User CPU s, system CPU s and peak resident MB of one child process, as
    ``/usr/bin/time`` reads them: a child of this process would start from this one's
    peak (Linux keeps it across exec), the project's building in it."""
    env = {**os.environ, "QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"}
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S %M", *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"{' '.join(command)}: {done.stderr.strip()[-400:]}")
    user, system, peak = done.stderr.split()[-3:]
    return float(user), float(system), int(peak) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[100.0, 400.0])
    parser.add_argument("--doc-mb", type=float, default=4.0)
    parser.add_argument("--import", dest="import_", action="store_true")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the projects here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        where = args.keep or Path(scratch)
        where.mkdir(parents=True, exist_ok=True)
        print("| source text | documents | codings | run | user s | system s | peak MB |")
        print("|---|---|---|---|---|---|---|")
        for mb in args.mb:
            db = where / f"big{mb:g}.db"
            if not db.exists():
                documents, codings = build(db, mb, args.doc_mb)
                (where / f"big{mb:g}.txt").write_text(f"{documents} {codings}\n")
            documents, codings = map(int, (where / f"big{mb:g}.txt").read_text().split())
            qdpx = where / f"big{mb:g}.qdpx"
            runs = {
                "read texts (baseline)": [sys.executable, "-c", BASELINE, str(db)],
                "Project.export_qdpx": [sys.executable, "-c", SERVICE, str(db), str(qdpx)],
                "export qdpx (CLI, and its notes)": [
                    *(sys.executable, "-m", "qualcode", "-p", str(db)),
                    *("export", "qdpx", "-o", str(qdpx), "--force"),
                ],
            }
            if args.import_:
                new = where / f"new{mb:g}.db"
                new.unlink(missing_ok=True)
                runs["import qdpx"] = [
                    *(sys.executable, "-m", "qualcode", "-p", str(new)),
                    *("import-qdpx", str(qdpx)),
                ]
            for run, command in runs.items():
                user, system, peak = measure(command)
                print(
                    f"| {mb:g} MB | {documents} | {codings} | {run} | {user:.2f} | "
                    f"{system:.2f} | {peak:,.0f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()

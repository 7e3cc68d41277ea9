"""What the CLI tests share: the real CLI run in-process on a project file, a small codebook
and an English interview, a study begun through the CLI as a lead begins one, and the table
counts that show a refused command wrote nothing, and the words of a lead's summary of the
coder layer."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import SV_TEXT

runner = CliRunner()

CODEBOOK = """\
codebook: tiny
codes:
  - key: mission
    name: {sv: Uppdrag, en: Mission}
    shortcut: "1"
  - key: caseload
    parent: mission
    name: {en: Caseload}
"""
EN_TEXT = "I: How is the work environment?\nR: The caseload is too high and we lack time.\n"
ROOT = Path(__file__).resolve().parents[2]


def ok(project: Path, *args: str) -> str:
    result = runner.invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def coder_summary(target: Path, *args: str) -> tuple[str, ...]:
    """The words (after ``-p``) of lena's ``export summary`` of the coder layer to
    ``target``, with ``args`` (``--coders``, ``--lang``) before the target: the summary
    tests each wrote them out (duplicates, stop 46's reading)."""
    return ("--coder", "lena", "export", "summary", "--layer", "coder", *args, "-o", str(target))


def proposed(project: Path, lead: str) -> dict[str, dict[str, Any]]:
    """What ``pseudonym suggest -f json`` proposes when ``lead`` runs it (named by
    ``$QUALCODE_CODER``, as a lead's shell names her): each row by its real name."""
    result = CliRunner(env={"QUALCODE_CODER": lead}).invoke(
        app, ["-p", str(project), "pseudonym", "suggest", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return {row["real"]: row for row in rows}


def cli_run(project: Path, coder: str, *args: str) -> tuple[int, str, str]:
    """Run the CLI on ``project`` as ``coder`` (named by ``$QUALCODE_CODER``, as her shell
    names her), in this process: its exit code, standard output and standard error, for a
    case that reads a refusal as well as a success. Six test files each wrote it out
    (duplicates, stop 46's D13)."""
    got = CliRunner(env={"QUALCODE_CODER": coder}).invoke(app, ["-p", str(project), *args])
    return got.exit_code, got.stdout, got.stderr


def fails(project: Path, *args: str) -> str:
    """Run a command that must fail cleanly; returns its one line (without ``error: ``)."""
    result = runner.invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 1, result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    err = result.stderr
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "Traceback" not in err
    return err.removeprefix("error: ").strip()


def lead_project(folder: Path, *coders: str) -> Path:
    """``p.db`` in ``folder`` made through the CLI as a study begins: lena its lead (whom
    ``$QUALCODE_CODER`` must name), the tiny codebook loaded and ``coders`` added."""
    project = folder / "p.db"
    (folder / "cb.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(project, "init")
    ok(project, "coder", "add", "lena", "--role", "lead")
    ok(project, "codebook", "load", str(folder / "cb.yaml"))
    for coder in coders:
        ok(project, "coder", "add", coder)
    return project


def nested_turning_points(folder: Path, parent: str) -> Path:
    """``p.db`` in ``folder`` made through the CLI by lena, its lead: the bundled turning
    points codebook, a code ``workload`` (Workload) under ``parent`` and ``caseload``
    (Caseload) under it. Where the `codebook show` cases start, a child and a grandchild
    added after the codebook was loaded (duplicates D3, stop 47)."""
    path = folder / "p.db"
    for args in (
        ("init",),
        ("coder", "add", "lena", "--role", "lead"),
        ("codebook", "load", str(ROOT / "codebooks" / "turning_points.yaml")),
        ("codebook", "add", "workload", "--parent", parent, "--name-en", "Workload"),
        ("codebook", "add", "caseload", "--parent", "workload", "--name-en", "Caseload"),
    ):
        code, _, err = cli_run(path, "lena", *args)
        assert code == 0, err
    return path


def two_interviews(folder: Path, name: str, *joining: str) -> Path:
    """``name`` in ``folder`` begun through the CLI: the tiny codebook, karin, then each of
    ``joining`` (the words of a `coder add`: "johan", "lena --role lead"), and a Swedish and
    an English interview imported as aby_01 and aby_02. The bad-input project and the lead's
    in the package tests both started so, line for line."""
    path = folder / name
    ok(path, "init")
    (folder / "book.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "codebook", "load", str(folder / "book.yaml"))
    for coder in ("karin", *joining):
        ok(path, "coder", "add", *coder.split())
    for doc, text in (("aby_01.txt", SV_TEXT), ("aby_02.txt", EN_TEXT)):
        (folder / doc).write_text(text, encoding="utf-8")
        ok(path, "import", str(folder / doc))
    return path


def code_add(project: Path, doc: str, start: int, end: int, code: str, *more: str) -> str:
    """`qualcode code add` of ``code`` on ``doc``'s characters ``start`` to ``end``, with
    ``more`` options after (``--coder karin``, ``--memo ...``); what it printed. Each test
    that codes through the CLI spelled the ten words out, one a line once formatted."""
    span = ("--start", str(start), "--end", str(end))
    return ok(project, "code", "add", "--doc", doc, *span, "--code", code, *more)


def import_text(project: Path, name: str, text: str, lang: str, *attributes: str) -> None:
    """Write ``text`` as ``name`` beside the project and import it through the CLI, with
    each of ``attributes`` (``role=chef``) as an ``--attr``."""
    path = project.parent / name
    path.write_text(text, encoding="utf-8")
    ok(project, "import", str(path), "--lang", lang, *(f"--attr={a}" for a in attributes))


def counts(project: Path) -> dict[str, int]:
    """Rows per table: the project must be unchanged by a refused command."""
    conn = sqlite3.connect(project)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def written(folder: Path, name: str, content: bytes) -> Path:
    """``content`` written as it is to ``folder/name``: a bad file is its bytes, whatever
    encoding or format it claims."""
    path = folder / name
    path.write_bytes(content)
    return path

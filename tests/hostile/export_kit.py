"""What the hostile export tests share: a real project on disk with coders, codings, a
memo and a consensus layer, the CLI run in-process, and the project's row counts and bytes.

Every export command is listed once in ``EXPORTS`` with the argument list that writes to a
given target, so each hostile case runs through all of them.
"""

from __future__ import annotations

import sqlite3
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.model import Codebook
from qualcode.store.schema import DERIVED_TABLES
from tests.conftest import SV_TEXT, small_codebook

runner = CliRunner(env={"QUALCODE_CODER": "lena"})  # the lead: blind coding hides nothing

# command name: how to run it so that it writes ``target`` (a str)
EXPORTS: dict[str, Callable[[str], list[str]]] = {
    "summary-md": lambda t: ["export", "summary", "--layer", "coder", "-o", t],
    "summary-html": lambda t: ["export", "summary", "--layer", "coder", "-o", t],
    "summary-docx": lambda t: ["export", "summary", "--layer", "coder", "-o", t],
    "summary-xlsx": lambda t: ["export", "summary", "--layer", "coder", "-o", t],
    "codings-csv": lambda t: ["export", "codings", "-o", t],
    "codings-xlsx": lambda t: ["export", "codings", "-o", t],
    "qdpx": lambda t: ["export", "qdpx", "-o", t],
    "qdc": lambda t: ["export", "qdc", "-o", t],
    "export-coder": lambda t: ["export-coder", "--coder", "karin", "-o", t],
    "codebook-export": lambda t: ["codebook", "export", t],
}
SUFFIX = {
    "summary-md": ".md",
    "summary-html": ".html",
    "summary-docx": ".docx",
    "summary-xlsx": ".xlsx",
    "codings-csv": ".csv",
    "codings-xlsx": ".xlsx",
    "qdpx": ".qdpx",
    "qdc": ".qdc",
    "export-coder": ".json",
    "codebook-export": ".yaml",
}


def rewritten(
    archive: Path, member: str, edit: Callable[[str], str], target: Path | None = None
) -> Path:
    """A copy of the .qdpx ``archive`` with ``member``'s text changed by ``edit``, as another
    tool or a person edits an exported project; beside it as b.qdpx unless ``target``."""
    target = target or archive.with_name("b.qdpx")
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == member:
                data = edit(data.decode("utf-8")).encode("utf-8")
            out.writestr(name, data)
    return target


def hostile_codebook(text: str) -> Codebook:
    """The tiny codebook with ``text`` as a code's name and definition. A name may not hold
    a line break, tab or control character, nor a definition a control character other
    than line breaks and tabs (qualcode/oneline.py: refused where they enter, as
    tests/hostile/test_one_line_names.py checks), so those reach the exports through attributes and
    memos instead."""
    book = small_codebook()
    name = "".join(ch for ch in text if ch.isprintable())
    definition = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    first = replace(
        book.codes[0],
        names={"sv": name, "en": name},
        definitions={"sv": definition, "en": definition},
    )
    return replace(book, codes=(first, *book.codes[1:]))


def build_project(path: Path, payload: str | None = None) -> Path:
    """A small real project: the tiny codebook, two coders and a lead, one document, two
    codings each, memos, a status. With ``payload``, that text is also the first code's
    name and definition, the document's name and its attribute value, and every memo."""
    # a document name may not hold a tab or line break (issue 11.6): those payloads reach the
    # exports through the code names, attributes and memos instead
    name = f"{''.join(ch for ch in payload if ch.isprintable())}.txt" if payload else "aby_01.txt"
    with Project.create(path) as project:
        project.apply_codebook(hostile_codebook(payload) if payload else small_codebook())
        project.add_coder("karin")
        project.add_coder("johan")
        project.add_coder("lena", role="lead")
        # a memo or an attribute value may not hold ESC, BEL and the like either
        # (tests/hostile/test_memo_controls.py, test_attribute_controls.py)
        memo = "".join(ch for ch in payload or "" if ch.isprintable() or ch in "\t\n\r")
        doc = project.import_text(
            name, SV_TEXT, lang="sv", attributes={"municipality": memo or "Åby"}
        ).id
        for coder in ("karin", "johan"):
            first = project.add_coding(doc, 30, 80, "mission_dialogue", coder)
            project.add_coding(doc, 200, 260, "integration", coder)
            project.add_memo("coding", first.id, coder, memo or f"{coder} thinks so")
            project.set_status(doc, coder, "done")
        project.add_memo("code", "mission_dialogue", "lena", memo or "a memo on the code")
    return path


def run(project: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["-p", str(project), *args])
    return result.exit_code, result.stdout, result.stderr


def fails(project: Path, *args: str) -> str:
    """Run a command that must be refused: exit 1, one line on stderr; returns the line."""
    result = runner.invoke(app, ["-p", str(project), *args])
    err = result.stderr
    assert result.exit_code == 1, (result.exit_code, result.output, err, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    return err.removeprefix("error: ").strip()


def counts(project: Path) -> dict[str, int]:
    """Rows per table of the project's data, read with plain sqlite3. The derived tables
    (store.schema.DERIVED_TABLES) are left out: a lead's export may keep the name finder's
    scans there (6856c870), a cache no coder's work is in."""
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        tables = [r[0] for r in rows if r[0] not in DERIVED_TABLES]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def export_text(path: Path) -> str:
    """Every text in an export file (each member of a zip: docx, xlsx, qdpx), composed
    (NFC), so that a decomposed name is seen too."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            raw = " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    else:
        raw = path.read_text(encoding="utf-8")
    return unicodedata.normalize("NFC", raw)

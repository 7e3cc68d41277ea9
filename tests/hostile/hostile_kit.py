"""What safety-b's hostile cases share: the real CLI in a subprocess, measured.

Each case runs ``python -m qualcode`` as its own process so that its CPU time and peak
memory can be read from the kernel's accounting (``wait4``), and a runaway case is cut off
by a timeout instead of hanging the suite. Bounds are generous (whole seconds, hundreds of
megabytes): they catch a zip bomb or a quadratic parse, not a slow machine.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qualcode import Project

CPU_SECONDS = 60.0  # of the whole process, start-up included
PEAK_MB = 1200.0
TABLES = ("documents", "codings", "coders", "memos", "codes", "document_status", "audit")


@dataclass(frozen=True)
class Outcome:
    status: int
    stdout: str
    stderr: str
    cpu: float  # user + system seconds
    peak_mb: float


def qualcode(project: Path, *args: str, coder: str | None = None, timeout: float = 120) -> Outcome:
    """Run the CLI on ``project`` as its own process; its CPU time and peak memory."""
    env = {**os.environ, "QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": coder or ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "qualcode", "-p", str(project), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    out: list[str] = []
    err: list[str] = []
    readers = [
        threading.Thread(target=lambda: out.append(proc.stdout.read()), daemon=True),  # type: ignore[union-attr]
        threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True),  # type: ignore[union-attr]
    ]
    for reader in readers:
        reader.start()
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)  # this process's own CPU and peak memory
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    if proc.returncode == -signal.SIGKILL:
        raise AssertionError(f"qualcode {' '.join(args)} ran past {timeout} s")
    return Outcome(
        proc.returncode,
        "".join(out),
        "".join(err),
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,  # kilobytes on Linux
    )


def counts(project: Path) -> dict[str, int]:
    with sqlite3.connect(project) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def refused(project: Path, *args: str, coder: str | None = None) -> str:
    """Run a command that must fail cleanly: exit 1, one error line first, no traceback,
    nothing written, within the bounds. Returns the first line."""
    before = counts(project)
    got = qualcode(project, *args, coder=coder)
    assert got.status == 1, (got.status, got.stderr[-2000:])
    assert "Traceback" not in got.stderr, got.stderr[-2000:]
    first = got.stderr.splitlines()[0]
    assert first.startswith("error: "), got.stderr
    assert counts(project) == before
    assert got.cpu < CPU_SECONDS and got.peak_mb < PEAK_MB, (got.cpu, got.peak_mb)
    return got.stderr


def refused_here(project: Path, *args: str, coder: str | None = None) -> str:
    """``refused`` in this process (the CLI through typer's runner): for cases that are
    about what a command accepts, not about what it costs. The same checks but the bounds:
    exit 1, one error line first, no traceback, nothing written. A whole process costs a
    third of a CPU second before it reads its first argument; a parametrised case here
    costs a few milliseconds."""
    from typer.testing import CliRunner

    from qualcode.cli import app

    before = counts(project)
    env = {"QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": coder or ""}
    got = CliRunner().invoke(app, ["-p", str(project), *args], env=env)
    assert got.exit_code == 1, (got.exit_code, got.output[-2000:], got.exception)
    assert got.exception is None or isinstance(got.exception, SystemExit), got.exception
    assert "Traceback" not in got.stderr, got.stderr[-2000:]
    assert got.stderr.splitlines()[0].startswith("error: "), got.stderr
    assert counts(project) == before
    return got.stderr


def small_team(path: Path) -> str:
    """A project at ``path``: the small codebook, karin (coder), lena (lead, acting) and
    aby_01 imported; the document's id. The setup most hostile cases start from, written
    once here (the duplicates tool found it copied across tests/hostile)."""
    from qualcode import Project
    from tests.conftest import SV_TEXT, small_codebook

    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        return p.import_text("aby_01.txt", SV_TEXT, lang="sv").id


def lead_alone(path: Path, codebook: bool = False) -> Path:
    """A project at ``path`` that lena leads with nobody else in it, holding the small
    codebook when ``codebook``: closed, its path. Where the cases on what a lead loads (a
    codebook file, a sheet of attributes) start; written once here, as ``small_team`` is
    (the duplicates tool found it copied across six files)."""
    from qualcode import Project
    from tests.conftest import small_codebook

    with Project.create(path) as made:
        if codebook:
            made.apply_codebook(small_codebook())
        made.add_coder("lena", role="lead")
    return path


def lena_coded(path: Path, *codings: tuple[int, int, str], name: str = "ip1.txt") -> Project:
    """A project at ``path``: the small codebook, lena its lead and acting, one Swedish
    interview ``name`` (``SV_TEXT``) and lena's ``codings`` of it (start, end, code). Open (a
    ``Project``): the caller closes it, or uses it in ``with``. Where the cases on the
    translation sheets, the key's controls and the memos start; written once here."""
    from qualcode import Project
    from tests.conftest import SV_TEXT, small_codebook

    made = Project.create(path)
    made.apply_codebook(small_codebook())
    made.add_coder("lena", role="lead")
    made.act_as("lena")
    doc = made.import_text(name, SV_TEXT, lang="sv").id
    for start, end, code in codings:
        made.add_coding(doc, start, end, code, "lena")
    return made


def one_sentence_coded(path: Path, attributes: dict[str, str] | None = None) -> Project:
    """A project at ``path``: the small codebook, lena its lead and acting, ip1.txt of one
    sentence (``attributes`` set on it when given), and lena's coding of that sentence with
    mission_dialogue. Open: use it in ``with``. The smallest project an export writes a
    whole summary of; the cases on what the key refuses in a written file start here."""
    from qualcode import Project
    from tests.conftest import add_plain_document, small_codebook

    made = Project.create(path)
    made.apply_codebook(small_codebook())
    made.add_coder("lena", role="lead")
    made.act_as("lena")
    doc = add_plain_document(made, "ip1.txt", ["Vi pratade om uppdraget."])
    if attributes:
        made.set_attributes(doc, attributes, "lena")
    unit = made.units(doc)[0]
    made.add_coding(doc, unit.start, unit.end, "mission_dialogue", "lena")
    return made


def one_boundary_case(path: Path, name: str = "aby_01.txt") -> Project:
    """A project at ``path`` holding one reconciliation case: the small codebook, karin and
    johan (coders) and lena (lead), one Swedish interview ``name``, where karin coded 30-80
    and johan 30-95 with mission_dialogue, both done. Open: the caller closes it, or uses
    it in ``with``. The agenda's hostile cases start here."""
    from qualcode import Project
    from tests.conftest import SV_TEXT, small_codebook

    made = Project.create(path)
    made.apply_codebook(small_codebook())
    for coder in ("karin", "johan"):
        made.add_coder(coder)
    made.add_coder("lena", role="lead")
    doc = made.import_text(name, SV_TEXT, lang="sv").id
    made.add_coding(doc, 30, 80, "mission_dialogue", "karin")
    made.add_coding(doc, 30, 95, "mission_dialogue", "johan")
    for coder in ("karin", "johan"):
        made.set_status(doc, coder, "done")
    return made


def karins_coding(path: Path) -> str:
    """``team_project`` at ``path`` with karin's coding of its first sentence (mission),
    closed: the coding's id. Where the races on a coding removed meanwhile start (a memo
    on it, a quote pinned from it)."""
    from tests.conftest import team_project

    made, doc = team_project(path)
    with made:
        made.act_as("karin")
        unit = made.units(doc)[0]
        return made.add_coding(doc, unit.start, unit.end, "mission", "karin").id


def team_file(path: Path) -> Path:
    """``team_project`` at ``path`` (lena the lead, karin and johan, the code ``mission``,
    ip1.txt), closed: its path. For the cases that run commands on the file as it stands."""
    from tests.conftest import team_project

    made, _ = team_project(path)
    made.close()
    return path


def imported_in_bounds(project: Path, source: Path) -> str:
    """``source`` imported into a ``small_team`` project by lena through the CLI, as its
    own process within ``CPU_SECONDS`` and ``PEAK_MB``; the text stored for it. The cases
    of a file built to make an import quadratic (marks opened and never closed, long runs
    of marks) all end so."""
    from qualcode import Project

    # the wall limit only stops a runaway: CPU_SECONDS is the bound; at load 12 (a CI run
    # beside eight helpers) a 90,000-mark import took past 100 s of wall clock
    got = qualcode(project, "import", str(source), coder="lena", timeout=600)
    assert got.status == 0, got.stderr[-2000:]
    assert got.cpu < CPU_SECONDS and got.peak_mb < PEAK_MB, (got.cpu, got.peak_mb)
    with Project.open(project) as p:
        p.act_as("lena")
        (doc,) = [d for d in p.documents() if d.name == source.name]
        return p.document(doc.id).text


def two_coders_done(path: Path) -> str:
    """A project at ``path`` where karin and johan finished aby_01: both coded 40-120
    mission_dialogue, and integration from 200 to 260 (karin) or 320 (johan); lena is the
    lead. Returns the document's id."""
    from qualcode import Project
    from tests.conftest import SV_TEXT, small_codebook

    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("johan")
        p.add_coder("lena", role="lead")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        for coder, end in (("karin", 260), ("johan", 320)):
            p.add_coding(doc, 40, 120, "mission_dialogue", coder)
            p.add_coding(doc, 200, end, "integration", coder)
            p.set_status(doc, coder, "done")
        return doc


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def odt_file(path: Path, automatic: str, body: str, named: str = "") -> Path:
    """An .odt of ``body`` with content.xml's ``automatic`` styles and styles.xml's
    ``named`` ones (none: no styles.xml)."""
    ns = f'{ODT_NS} xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        if named:
            archive.writestr(
                "styles.xml", f"{head}<office:document-styles {ns}>{named}</office:document-styles>"
            )
        archive.writestr(
            "content.xml",
            f"{head}<office:document-content {ns}>{automatic}<office:body><office:text>"
            f"{body}</office:text></office:body></office:document-content>",
        )
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def imported_page(tmp_path: Path, page: str) -> str:
    """The stored text of a .docx holding one paragraph and ``page`` inserted after it."""
    from qualcode import Project

    path = page_docx(tmp_path, page)
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        return project.document(doc.id).text


def page_docx(tmp_path: Path, page: str) -> Path:
    """A .docx holding one paragraph and the web page ``page`` inserted after it."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.parser import parse_xml

    document = docx.Document()
    document.add_paragraph("I: Hur har det gått med uppdraget?")
    part = Part(PackURI("/word/afchunk.htm"), "text/html", page.encode(), document.part.package)
    rid = document.part.relate_to(part, RT.A_F_CHUNK)
    body = document.element.body
    marker = f'<w:altChunk xmlns:w="{_W}" xmlns:r="{_R}" r:id="{rid}"/>'
    body.insert(len(body) - 1, parse_xml(marker))
    path = tmp_path / "ip_01.docx"
    document.save(str(path))
    return path


def racing(
    action: Callable[[], object], other: Any, first: Callable[[Any], object]
) -> tuple[object, BaseException | None]:
    """``action`` run on a thread of its own while ``other`` (a Project on the same file,
    another process as far as SQLite can tell) is inside a write transaction that has done
    ``first`` and not yet committed; it commits once ``action`` waits for the write lock,
    and ``action`` then finishes. What ``action`` returned and what it raised. That is the
    moment a second process comes in at: whatever ``action`` read before asking for the
    lock is what it was before ``first``. No clock decides it: the thread is watched until
    it stands at the lock. ``action`` opens its own Project (a connection is one thread's)."""
    import inspect
    import time

    from qualcode.store.db import Database

    source, start = inspect.getsourcelines(Database.transaction)
    begin = start + next(n for n, line in enumerate(source) if "BEGIN IMMEDIATE" in line)
    outcome: list[tuple[object, BaseException | None]] = []

    def run() -> None:
        try:
            outcome.append((action(), None))
        except BaseException as exc:  # handed to the caller to judge
            outcome.append((None, exc))

    thread = threading.Thread(target=run)
    with other.store.transaction():
        first(other)
        thread.start()
        while thread.is_alive() and not _at_line(thread, Database.transaction, begin):
            time.sleep(0.005)
    thread.join()
    return outcome[0]


def _at_line(thread: threading.Thread, function: Callable[..., object], line: int) -> bool:
    frame = sys._current_frames().get(thread.ident or 0)
    code = getattr(function, "__wrapped__", function).__code__
    while frame is not None:
        if frame.f_code is code and frame.f_lineno == line:
            return True
        frame = frame.f_back
    return False

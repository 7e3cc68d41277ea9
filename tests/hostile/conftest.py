"""Fixtures the hostile tests share: a real coder package and the lead's project it belongs
to; the team project the blind-coding attacks start from; the small project every export
is aimed at hostile targets from (``base``, built once per module, and ``proj``, a fresh
copy per test), which three test files each built alike (duplicates, stop 45's second
reading, D6); the ``project`` fixture acting as its lead, and the count of its audited
exports, for the cases that check a refused ``save_frame`` wrote nothing (stop 46's D12)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, add_plain_document, small_codebook, team_project
from tests.hostile.export_kit import build_project


@pytest.fixture
def blind_team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Project, str]:
    """``p.db`` with lena (lead), karin and johan, the small codebook and one Swedish
    interview (aby_02.txt): open, with the document's id; the test closes it. Nobody is
    named in ``$QUALCODE_CODER`` (each case says who acts) and the semantic tier is off (no
    model loads). Five blind-coding tests wrote this set-up each."""
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    return team_project(tmp_path / "p.db", small_codebook(), ("aby_02.txt", SV_TEXT))


@pytest.fixture
def lead(project: Project) -> Project:
    """The ``project`` fixture acting as lena, its lead."""
    return project.act_as("lena", "lena")


def exports_audited(project: Project) -> int:
    """How many exports the audit log holds: a refused one adds none."""
    return sum(e.action.startswith("export.") for e in project.store.audit.list())


LeadProject = Callable[..., tuple[Project, dict[str, str]]]


@pytest.fixture
def lead_study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LeadProject:
    """Makes ``study.db``: lena the lead, then ``coders`` (names, each a coder), the small
    codebook unless ``codebook`` is False, and ``documents`` (name -> sentences, each a
    plain document): open, with each document's id by name; the caller closes it. Nobody
    is named in ``$QUALCODE_CODER`` and the semantic tier is off. The hostile cases on
    handouts, the codebook's lead and cue timings wrote this set-up each."""
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)

    def make(
        *coders: str, documents: Mapping[str, list[str]] | None = None, codebook: bool = True
    ) -> tuple[Project, dict[str, str]]:
        project = Project.create(tmp_path / "study.db")
        if codebook:
            project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        for name in coders:
            project.add_coder(name)
        ids = {
            name: add_plain_document(project, name, sentences)
            for name, sentences in (documents or {}).items()
        }
        return project, ids

    return make


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder built once per module: the lead's project (lead.db; karin, johan and lena,
    one document johan coded), karin's laptop copy with her own coding, memo and status, and
    her package exported from it (karin.json)."""
    folder = tmp_path_factory.mktemp("packages")
    with Project.create(folder / "lead.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("johan")
        project.add_coder("lena", role="lead")
        doc = add_plain_document(project, "aby_01.txt", SV_TEXT.split("\n")[:6])
        project.add_coding(doc, 0, 20, "integration", "johan")
    shutil.copy(folder / "lead.db", folder / "laptop.db")  # closed: the WAL is checkpointed
    with Project.open(folder / "laptop.db") as laptop:
        coding = laptop.add_coding(doc, 5, 40, "integration", "karin")
        laptop.add_memo("coding", coding.id, "karin", "karin's thought")
        laptop.set_status(doc, "karin", "done")
        laptop.export_coder("karin", folder / "karin.json")
    return folder


@pytest.fixture
def lead_project(packages: Path, tmp_path: Path) -> Path:
    """A fresh copy of the lead's project, to merge a package into."""
    shutil.copy(packages / "lead.db", tmp_path / "lead.db")
    return tmp_path / "lead.db"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The export kit's small project (``export_kit.build_project``), built once per module:
    read by the tests that write every export from it, copied by ``proj`` for those that
    may change it."""
    return build_project(tmp_path_factory.mktemp("base") / "p.db")


@pytest.fixture
def proj(base: Path, tmp_path: Path) -> Path:
    """A fresh copy of ``base`` per test, for an export aimed at a hostile target (the
    project's own file, a link, a folder): each case checks the file is as it was."""
    copy = tmp_path / "p.db"
    shutil.copy(base, copy)
    return copy

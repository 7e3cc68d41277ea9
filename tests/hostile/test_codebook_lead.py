"""The shared codebook is the lead's, from every face (red team, round 2): the TUI let only
the lead edit it, but karin, blind, ran `qualcode codebook merge` from the CLI and moved 56
of her colleagues' codings onto another code, renamed and added codes. A coder proposes a
code (`p` in the TUI); adding, editing, moving, renaming, merging, retiring and loading are
refused to her in one line and nothing is written; the lead does them as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.conftest import LeadProject
from tests.hostile.hostile_kit import qualcode, refused_here

TEXT = "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det.\n"


@pytest.fixture
def project(lead_study: LeadProject, tmp_path: Path) -> Path:
    made, _ids = lead_study("karin", "johan")
    with made:
        doc = made.import_text("ip1.txt", TEXT, lang="sv").id
        made.add_coding(doc, 3, 30, "caseload", "johan")
    (tmp_path / "book.yaml").write_text(
        "codes:\n  - key: extra\n    name: {sv: Extra, en: Extra}\n", encoding="utf-8"
    )
    return tmp_path / "study.db"


EDITS = [
    ("codebook", "add", "newcode", "--name-en", "New"),
    ("codebook", "edit", "caseload", "--name-en", "Renamed"),
    ("codebook", "move", "caseload", "mission_dialogue"),
    ("codebook", "rename", "caseload", "workload"),
    ("codebook", "merge", "caseload", "mission_dialogue"),
    ("codebook", "delete", "mission_dialogue"),
    ("codebook", "load", "{book}"),
]


@pytest.mark.parametrize("args", EDITS, ids=lambda a: a[1])
def test_a_coder_cannot_change_the_codebook(project: Path, args: tuple[str, ...]) -> None:
    book = str(project.with_name("book.yaml"))
    line = refused_here(project, *(a.format(book=book) for a in args), coder="karin")
    assert line.splitlines()[0] == (
        "error: karin is not a lead; only a lead may change the codebook"
    )
    with Project.open(project) as opened:
        lena = opened.act_as("lena", "lena")
        assert [c.code for c in lena.codings()] == ["caseload"]  # johan's, where it was


def test_a_coder_still_proposes_a_code(project: Path) -> None:
    with Project.open(project) as opened:
        karin = opened.act_as("karin", "karin")
        coding = karin.propose_code(karin.documents()[0].id, 41, 60, "Bättre", "karin")
        assert karin.code_status(coding.code)[0] == "proposed"


@pytest.mark.parametrize("args", EDITS, ids=lambda a: a[1])
def test_the_lead_changes_it_as_before(project: Path, args: tuple[str, ...]) -> None:
    book = str(project.with_name("book.yaml"))
    got = qualcode(project, *(a.format(book=book) for a in args), coder="lena")
    assert got.status == 0 or "has 1 coding" in got.stderr or "sub-codes" in got.stderr, got.stderr

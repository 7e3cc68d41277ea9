"""A researcher moving from another QDA tool names themselves at the first import:
``qualcode -p new.db import-qdpx --coder lena study.qdpx``. The project did not exist yet,
so it knew nobody, and the import was refused ("unknown coder 'lena'") while the same
command without ``--coder`` created the project. A project that knows no coders yet now
takes the name from the file's users; a name the file does not bring, or one a project
with coders does not know, is still refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import SV_TEXT, small_codebook


@pytest.fixture
def study(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "a.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
        p.add_coder("mira", role="lead")  # a lead who coded nothing is a user of the file
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        p.act_as("lena")
        p.add_coding(doc, 10, 40, "integration", "lena")
        p.make_document_set("first round", "lena", ["aby_01.txt"])
        p.act_as("karin")  # a coder's selection last: mira's role is the file's, not hers
        p.add_coding(doc, 60, 90, "integration", "karin")
        p.act_as("lena")
        return p.export_qdpx(tmp_path / "a.qdpx")


def _run(target: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["-p", str(target), "import-qdpx", *args])
    return result.exit_code, result.stderr


def test_import_qdpx_with_coder_creates_the_project(study: Path, tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    code, said = _run(target, "--coder", "lena", str(study))
    assert code == 0, said
    assert f"created {target}" in said
    with Project.open(target) as project:
        assert {c.name for c in project.coders()} >= {"karin", "lena"}
        assert len(project.codings()) == 2
        # the one who imported signs the import and owns its sets
        assert project.audit(action="project.import_qdpx")[0].actor == "lena"


def test_a_lead_who_coded_nothing_arrives_as_a_lead(study: Path, tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    code, said = _run(target, "--coder", "mira", str(study))
    assert code == 0, said
    with Project.open(target) as project:
        assert {c.name: c.role for c in project.coders()}["mira"] == "lead"


def test_a_name_the_file_does_not_bring_is_refused(study: Path, tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    code, said = _run(target, "--coder", "omar", str(study))
    assert code == 1
    assert said.count("\n") == 1 and "Traceback" not in said
    assert "a.qdpx: no user of the file is named 'omar'" in said, said
    assert "nothing imported" in said
    assert not target.exists()  # the project made for the import is gone again


def test_an_initialised_empty_project_takes_the_name_too(study: Path, tmp_path: Path) -> None:
    target = tmp_path / "init.db"
    Project.create(target).close()
    code, said = _run(target, "--coder", "karin", str(study))
    assert code == 0, said
    assert target.exists()


def test_a_project_with_coders_still_refuses_a_stranger(study: Path, tmp_path: Path) -> None:
    target = tmp_path / "team.db"
    with Project.create(target) as p:
        p.add_coder("johan", role="lead")
    code, said = _run(target, "--coder", "lena", str(study))
    assert code == 1
    assert "unknown coder 'lena'" in said
    with Project.open(target) as project:
        assert project.documents() == []

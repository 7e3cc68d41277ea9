"""`qualcode demo` rebuilt a demo into which someone had imported their own transcripts
(red team, round 4): README's first step builds demo.db; a researcher trying the tool
imported her interviews into it, and the next `qualcode demo` deleted the file and built
the demo afresh, since only the demo's mark was asked. A document imported after the
build clears the mark: the file is refused as a study is, byte for byte untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.demo import build_demo
from qualcode.errors import ProjectError
from tests.conftest import SV_TEXT

runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_demo_with_her_own_transcript_is_never_rebuilt(tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    with build_demo(demo) as project:
        assert Project.is_demo_file(demo)
        project.act_as("lena")
        project.import_text("min_intervju.txt", SV_TEXT, lang="sv", actor="lena")
    assert not Project.is_demo_file(demo)
    before = _digest(demo)
    with pytest.raises(ProjectError, match="imported since it was built"):
        build_demo(demo)
    assert _digest(demo) == before
    result = runner.invoke(app, ["demo", "--no-tui", "--target", str(demo)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert _digest(demo) == before
    with Project.open(demo) as again:
        assert "min_intervju.txt" in {d.name for d in again.documents()}


def test_an_untouched_demo_is_still_rebuilt(tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    build_demo(demo).close()
    with build_demo(demo) as again:  # replaced, as before
        assert Project.is_demo_file(demo)
        assert len(again.documents()) > 5


def test_a_demo_with_a_qdpx_imported_is_never_rebuilt(tmp_path: Path) -> None:
    with Project.create(tmp_path / "other.db") as other:
        other.add_coder("lena", role="lead")
        other.import_text("fran_nvivo.txt", SV_TEXT, lang="sv")
        other.act_as("lena", "lena")
        package = other.export_qdpx(tmp_path / "other.qdpx")
    demo = tmp_path / "demo.db"
    with build_demo(demo) as project:
        project.act_as("lena")
        project.import_qdpx(package)
    assert not Project.is_demo_file(demo)
    with pytest.raises(ProjectError, match="imported since it was built"):
        build_demo(demo)

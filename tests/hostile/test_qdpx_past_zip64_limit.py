"""A .qdpx's project.qde is streamed into the archive part by part (perf42), so zipfile
cannot know its size when the member begins; past 2 GiB (a national study's codings and
memos) zipfile then refused it at its very end, "File size too large, try using
force_zip64", after all the work, and the export was lost. The member is now always one
that may grow past zip's 32-bit sizes. zipfile's limit is lowered here, so that a real
export of a small project streams a project.qde past it, fast and small on disk."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import team_project

MEMO = " ".join(["en läsning av stycket"] * 400)


def test_a_streamed_project_qde_past_the_zip64_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    project, doc = team_project(tmp_path / "big.db")
    with project:
        project.act_as("lena")
        unit = project.units(doc)[0]
        coding = project.add_coding(doc, unit.start, unit.end, "mission", "lena")
        project.add_memo("coding", coding.id, "lena", MEMO)
        # every member past 4 KiB counts as one past 2 GiB would: project.qde is ~10 KiB
        monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 4096)
        written = project.export_qdpx(tmp_path / "big.qdpx")
    with zipfile.ZipFile(written) as archive:
        member = archive.getinfo("project.qde")
        qde = archive.read("project.qde")
    assert member.file_size == len(qde) > 4096
    assert MEMO in qde.decode("utf-8")

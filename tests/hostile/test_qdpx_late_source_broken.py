"""A .qdpx whose last source is broken leaves the project as it was (mem46).

`import-qdpx` now reads, checks and segments a source at a time, putting each aside
before the write transaction opens (``project/refi_spool.py``), instead of holding the
whole file. A fault met late, in the last of five sources, after four were read and
segmented, must still refuse the whole file in one line and write nothing: no document,
code, coder, memo or audit entry of the file, and the project's own work untouched.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, project_with, small_codebook
from tests.hostile.hostile_kit import counts, qualcode


def _study(tmp_path: Path) -> Path:
    """Five coded interviews with a memo each, exported by their lead."""
    with project_with(tmp_path / "study.db") as study:
        study.act_as("lena")
        study.apply_codebook(small_codebook())
        for n in range(5):
            doc = study.import_text(f"ip{n}.txt", f"{SV_TEXT}\nR: Intervju {n}.", lang="sv")
            coding = study.add_coding(doc.id, 30, 80, "mission_dialogue", "lena")
            study.add_memo("coding", coding.id, "lena", f"Läsning {n}.")
        study.export_qdpx(tmp_path / "study.qdpx")
    return tmp_path / "study.qdpx"


def _rewritten(path: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    edit(members)
    broken = path.with_name("broken.qdpx")
    with zipfile.ZipFile(broken, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return broken


def _last_text_gone(members: dict[str, bytes]) -> None:
    last = re.findall(rb'plainTextPath="internal://([^"]+)"', members["project.qde"])[-1]
    del members[f"sources/{last.decode()}"]


def _last_selection_past_its_text(members: dict[str, bytes]) -> None:
    qde = members["project.qde"]
    at = qde.rindex(b'endPosition="')
    end = qde.index(b'"', at + len(b'endPosition="'))
    members["project.qde"] = qde[:at] + b'endPosition="999999' + qde[end:]


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (_last_text_gone, r"broken\.qdpx: source 'ip4\.txt' points to missing internal://"),
        (_last_selection_past_its_text, r"broken\.qdpx: source 'ip4\.txt', selection .*"),
    ],
)
def test_a_broken_last_source_imports_nothing(
    tmp_path: Path, edit: Callable[[dict[str, bytes]], None], said: str
) -> None:
    broken = _rewritten(_study(tmp_path), edit)
    target = tmp_path / "team.db"
    with project_with(target, ("egen.txt", SV_TEXT)) as project:
        project.act_as("lena")
        project.apply_codebook(small_codebook())
        own = project.documents()[0].id
        project.add_coding(own, 30, 80, "integration", "lena")
    before = counts(target)
    with Project.open(target) as project:
        project.act_as("lena")
        with pytest.raises(QualcodeError, match=said) as refused:
            project.import_qdpx(broken)
        assert "\n" not in str(refused.value)
    assert counts(target) == before
    got = qualcode(target, "import-qdpx", str(broken), coder="lena")
    assert got.status == 1 and "Traceback" not in got.stderr, got.stderr[-2000:]
    assert got.stderr.startswith("error: ") and got.stderr.count("\n") == 1, got.stderr
    assert re.search(said, got.stderr), got.stderr
    assert counts(target) == before
    with Project.open(target) as project:
        assert [d.name for d in project.documents()] == ["egen.txt"]
        assert len(project.codings(own)) == 1


def test_the_whole_file_still_imports(tmp_path: Path) -> None:
    """The same file unbroken: every source, coding and memo, in the file's order."""
    with project_with(tmp_path / "team.db") as project:
        project.act_as("lena")
        report = project.import_qdpx(_study(tmp_path))
        assert report.documents == [f"ip{n}.txt" for n in range(5)] and report.codings == 5
        assert [d.name for d in project.documents()] == report.documents
        assert sorted(m.text for m in project.store.memos.list()) == [
            f"Läsning {n}." for n in range(5)
        ]

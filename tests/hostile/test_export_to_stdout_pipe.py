"""`-o /dev/stdout` with standard output on a pipe (red team, round 4): the path was
resolved first, to "/proc/N/fd/pipe:[...]", a name that exists nowhere, so the export
said "cannot write: No such file or directory" (and handout named a temporary file in
/proc). It is a pipe: refused in one line as every device, pipe or socket is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook

pytestmark = pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout")


@pytest.mark.parametrize(
    "command",
    [
        ["codebook", "export", "/dev/stdout", "--force"],
        ["export-coder", "--coder", "karin", "-o", "/dev/stdout", "--force"],
        ["handout", "karin", "-o", "/dev/stdout"],
    ],
)
def test_standard_output_on_a_pipe_is_refused_as_a_pipe(tmp_path: Path, command: list[str]) -> None:
    project = tmp_path / "study.db"
    with Project.create(project) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.import_text("aby_01.txt", SV_TEXT, lang="sv")
    before = project.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", str(project), *command],
        capture_output=True,  # standard output a pipe, as under `| cat`
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "QUALCODE_CODER": "lena"},
    )
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert (
        done.stderr
        == "error: /dev/stdout: is a device, pipe or socket, not a file; never written\n"
    )
    assert done.stdout == "" and project.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.db"]

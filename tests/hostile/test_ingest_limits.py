"""Unbounded input (issue 11 item 6), the part done: a file over the size limit is refused
before it is read, and names with line breaks or control characters are refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import refused


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    Project.create(path).close()
    return path


def test_a_file_over_the_size_limit_is_refused_before_reading(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"R: " + b"ord " * (600 * 1024))  # 2.4 MB, one line
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", "1")
    assert os.environ["QUALCODE_MAX_FILE_MB"] == "1"
    message = refused(project, "import", str(big))
    assert "big.txt: 2.3 MB is larger than the limit of 1 MB" in message
    assert message.count("\n") == 1


@pytest.mark.parametrize("name", ["kar\nin", "kar\tin", "kar\x07in", "kar\x1bin"])
def test_a_coder_name_with_control_characters_is_refused(project: Path, name: str) -> None:
    message = refused(project, "coder", "add", name)
    assert "line break, tab or control character" in message

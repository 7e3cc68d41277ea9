"""The project every bad-input test of the CLI starts from (test_bad_input.py and the
files split from it), built once per test module through the CLI itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.cli_kit import CODEBOOK, EN_TEXT, ok
from tests.conftest import SV_TEXT


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project built once through the CLI: the codebook, karin, two documents."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "p.db"
    ok(path, "init")
    (folder / "book.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "codebook", "load", str(folder / "book.yaml"))
    ok(path, "coder", "add", "karin")
    for name, text in (("aby_01.txt", SV_TEXT), ("aby_02.txt", EN_TEXT)):
        (folder / name).write_text(text, encoding="utf-8")
        ok(path, "import", str(folder / name))
    return folder


@pytest.fixture
def proj(template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template project (and its source files) for each test."""
    for item in template.iterdir():
        shutil.copy2(item, tmp_path / item.name)
    return tmp_path / "p.db"

"""The suggestion helper process: errors come back as one readable line; close stops it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.tui.background import Background
from tests.conftest import SV_TEXT, small_codebook


def test_an_error_in_the_helper_reaches_the_app_and_close_stops_it(tmp_path: Path) -> None:
    path = tmp_path / "bg.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    background = Background(path)
    seen: list[tuple[int, int]] = []
    try:
        with pytest.raises(QualcodeError, match="unknown coder 'nobody'"):
            background.suggest(None, "nobody", lambda done, total: seen.append((done, total)))
        process = background._process
        assert process is not None and process.poll() is None  # still serving after an error
    finally:
        background.close()
    assert process.poll() is not None and seen == []

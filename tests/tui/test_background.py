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


def test_the_helpers_failures_are_said_in_the_interfaces_language(tmp_path: Path) -> None:
    """The helper's own failure line ("suggestions failed: ValueError: ...") and its end
    ("the suggestion process stopped unexpectedly") reached the Swedish interface in
    English: the answer now carries the key, and the app says it as said.py does."""
    import io
    import json

    from qualcode.tui.background import answered_error, serve
    from qualcode.tui.catalog import Catalog
    from qualcode.tui.said import said

    path = tmp_path / "bg.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        doc = project.documents()[0].id
    answers = io.StringIO()
    # a request the helper cannot read (a limit that is no number): a bug's failure line
    request = {"docs": [doc], "coder": "karin", "ranked": "many"}
    serve(str(path), io.StringIO(json.dumps(request) + "\n"), answers)
    answer = json.loads(answers.getvalue())
    error = answered_error(answer)
    assert str(error).startswith("suggestions failed: ValueError: ")
    assert said(error, Catalog("sv")).startswith("Förslagen kunde inte beräknas: ValueError: ")
    assert said(error, Catalog("en")).startswith("Suggestions failed: ValueError: ")

    gone = Background(tmp_path / "no such folder" / "x.db")  # the helper cannot open it
    try:
        with pytest.raises(QualcodeError, match="stopped unexpectedly") as stopped:
            gone.plan("karin")
    finally:
        gone.close()
    assert said(stopped.value, Catalog("sv")) == "Förslagsprocessen stannade oväntat"

"""`suggest DOC --embed` is refused before it embeds: with no codebook (or an unknown
code, or a minimum score out of range) it embedded a municipal plan for 13 s CPU and only
then said the project had no codes to suggest (lead38, as a new coder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.cli.cli_kit import fails
from tests.conftest import SV_TEXT, small_codebook


@pytest.mark.usefixtures("semantic_on")
@pytest.mark.parametrize(
    ("codebook", "more", "said"),
    [
        (False, [], "no codes to suggest"),
        (True, ["--codes", "nope"], "nope"),
        (True, ["--min-score", "1.5"], "1.5"),
    ],
)
def test_a_refused_suggest_embeds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, codebook: bool, more: list[str], said: str
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        if codebook:
            project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text("intervju.txt", SV_TEXT, lang="sv")
        waiting = len(project.embedding_texts())
    assert waiting  # the document's sentences wait to be embedded
    out = fails(path, "suggest", "intervju", "--embed", *more)
    assert said in out
    with Project.open(path) as project:
        assert len(project.embedding_texts()) == waiting  # nothing was embedded

"""The demo's closing lines showed a researcher who reads no Swedish only the Swedish way
in ("codebook show --lang sv"); its English transcripts went unnamed (user50b)."""

from __future__ import annotations

from pathlib import Path

from qualcode.demo import summarise
from tests.conftest import SV_TEXT, project_with

# Invented for this test.
EN_TEXT = "I: How is the work environment?\nR: The caseload is too high and we lack time.\n"


def test_the_english_transcripts_are_named(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("aby_01.txt", SV_TEXT)) as project:
        project.act_as("lena")
        said = summarise(project)
        assert "--lang en" not in said  # no English text: no English line
        project.import_text("ekstad_02.txt", EN_TEXT, lang="en")
        said = summarise(project)
    assert "codebook show --lang en" in said
    assert "in English: ekstad_02.txt" in said

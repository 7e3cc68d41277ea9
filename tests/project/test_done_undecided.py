"""Marking a document done while suggestions on it wait: the count both faces ask for.

The TUI's ``D`` asks before marking (tests/tui/test_done_confirm.py); ``qualcode status DOC
done`` marks and says how many are left, since a script must not wait on a question.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT


@pytest.fixture
def suggested(project: Project) -> Project:
    """The small project with real suggestions (keywords and n-grams) on its document."""
    project.act_as("karin")
    found = project.suggest(coder="karin", semantic=False, min_score=0.0)
    assert len(found) >= 2  # the tiny codebook's words are all over SV_TEXT
    return project


def test_the_count_is_the_pending_suggestions_of_that_document(suggested: Project) -> None:
    doc = suggested.documents()[0].id
    waiting = suggested.undecided_suggestions(doc)
    assert waiting == len(suggested.suggestions(doc)) >= 2
    first, second = suggested.suggestions(doc)[:2]
    suggested.accept_suggestions([first.id], "karin")
    suggested.reject_suggestions([second.id], "karin")
    assert suggested.undecided_suggestions(doc) == waiting - 2
    # by name too, as the CLI passes it
    assert suggested.undecided_suggestions("aby_01.txt") == waiting - 2


def test_a_document_without_suggestions_counts_none(suggested: Project) -> None:
    other = suggested.import_text("aby_02.txt", SV_TEXT.replace("Åby", "Ekstad"), lang="sv")
    assert suggested.undecided_suggestions(other.id) == 0


def test_an_unknown_document_is_one_clear_error(project: Project) -> None:
    with pytest.raises(QualcodeError, match="nope"):
        project.undecided_suggestions("nope")


def test_the_cli_marks_done_and_says_how_many_wait(suggested: Project) -> None:
    path = Path(suggested.path)
    waiting = suggested.undecided_suggestions("aby_01.txt")
    other = suggested.import_text("aby_02.txt", SV_TEXT.replace("Åby", "Ekstad"), lang="sv")
    suggested.close()
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    result = runner.invoke(app, ["-p", str(path), "status", "aby_01.txt", "done"])
    assert result.exit_code == 0, result.stderr
    assert f"note: {waiting} suggestions on aby_01.txt still undecided" in result.stderr
    result = runner.invoke(app, ["-p", str(path), "status", "aby_02.txt", "done"])
    assert result.exit_code == 0, result.stderr
    assert "undecided" not in result.stderr  # nothing waits there: no note
    result = runner.invoke(app, ["-p", str(path), "status", "aby_01.txt", "in_progress"])
    assert "undecided" not in result.stderr  # only done is worth the note
    with Project.open(path) as check:
        statuses = check.statuses("karin")
        doc = check.documents()[0].id
        assert statuses[doc] == "in_progress" and statuses[other.id] == "done"

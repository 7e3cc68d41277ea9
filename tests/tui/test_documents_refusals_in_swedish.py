"""A coder in the Swedish interface is told in Swedish that taking a document out, bringing
one back and changing another's attributes are not hers (eyes34).

The service's rule refused her, as it should, but its English line went to the screen
as it was: "sara is not a lead; only a lead may remove a document", "sara may not change
the attributes of aby_01...: only a lead may", among Swedish everywhere else.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.prompt import PromptScreen
from tests.tui.conftest import documents_screen, notifications

# slow: drives the whole Textual app from the documents list
pytestmark = pytest.mark.slow


@pytest.fixture
def with_removed(demo_file: Path, tmp_path: Path) -> Path:
    """The demo with one document taken out by its lead, so that U has one to offer."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    with Project.open(path) as project:
        project.act_as("lena")
        doc = project.documents()[-1]
        project.remove_document(doc.id, "fel fil", actor="lena")
    return path


async def test_a_coders_refusals_on_the_documents_list_are_swedish(
    with_removed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    said: list[str] = []
    async with documents_screen(with_removed, "karin", "sv", size=(140, 40)) as (pilot, app, _):
        name = app.screen.rows[0].doc.name  # the first listed, imported by the demo's lead
        for key in ("X", "U", "A"):
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, PromptScreen)  # nothing opens to type into
            said.append(notifications(app)[-1])
    assert said == [
        "Bara en ledare tar bort ett dokument ur projektet",
        "Bara en ledare tar tillbaka ett borttaget dokument",
        f"Bara en ledare, eller den som importerade {name}, ändrar dess attribut",
    ]
    with Project.open(with_removed) as project:
        assert len(project.removed_documents()) == 1  # nothing was taken out or back

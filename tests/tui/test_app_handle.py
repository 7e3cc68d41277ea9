"""What the typed handle on the app (``tui/screens/base.py``) caught: a catalog message with
a ``{key}`` field could not be filled, so the coding screen failed to open whenever a code's
shortcut was also a command key of that screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.catalog import Catalog
from tests.tui.conftest import documents_screen, notifications, open_first_document


def test_a_message_may_have_a_field_named_key() -> None:
    said = Catalog("en")("shortcut_taken", key="j", code="Integration")
    assert said == "Shortcut j of Integration is a command key here: code it with c"
    assert "j" in Catalog("sv")("shortcut_taken", key="j", code="Integrering")


@pytest.mark.slow
async def test_a_shortcut_that_is_a_command_key_warns_and_the_screen_opens(
    project_file: Path,
) -> None:
    with Project.open(project_file) as project:
        project.update_code("integration", shortcut="j")  # j moves to the next unit
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        await open_first_document(pilot, app)  # the screen opens
        # the warning arrives as a message: under a loaded CPU a pause can end before it
        # does (the whole tests/tui run saw no notice at all), so wait for it by steps
        for _ in range(50):
            if app._notifications:
                break
            await pilot.pause()
        said = notifications(app)
        # the code named in the interface's language, as the sentence is (eyes32)
        assert "Shortcut j of Integration is a command key here: code it with c" in said

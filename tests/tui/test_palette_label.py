"""The footer's command-palette key is labelled in the interface language.

The Swedish footer ended in Textual's own English "^p palette"; it now says "kommandon",
and switching to English with ``L`` gives the English label back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _palette_label(app: object) -> str:
    for binding in app._bindings.key_to_bindings.get("ctrl+p", []):  # type: ignore[attr-defined]
        if binding.action == "command_palette":
            return str(binding.description)
    raise AssertionError("no command palette binding")


async def test_the_palette_key_speaks_swedish_and_english(project_file: Path) -> None:

    async with documents_screen(project_file, "karin", "sv", size=(120, 40)) as (pilot, app, _):
        assert _palette_label(app) == "kommandon"
        await pilot.press("L")
        await pilot.pause()
        assert _palette_label(app) == "palette"

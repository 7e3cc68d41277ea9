"""`w` (who codes) is offered to whoever may switch: a login that codes as herself is
refused every other name by the service, and a new coder's `?` listed "w Switch coder",
a key that, pressed, only said no (eyes42). A lead keeps it; pressed by a coder it still
says why not."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.screens.keys_help import key_rows
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


def _offered(app: object) -> list[str]:
    """What the keys panel (`?`) lists for the screen in view."""
    return [what for _, _, what in key_rows(app.screen, app.t)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("who", "offered"), [("karin", False), ("lena", True)])
async def test_w_is_offered_to_whoever_may_switch(
    lead_and_coder: Path, monkeypatch: pytest.MonkeyPatch, who: str, offered: bool
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", who)
    async with documents_screen(lead_and_coder, who, size=(100, 30)) as (pilot, app, screen):
        assert ("documents.who" not in screen.not_offered) is offered
        assert ("Switch coder" in _offered(app)) is offered, _offered(app)
        if not offered:  # pressed all the same, it says why
            await pilot.press("w")
            await pilot.pause()
            await pilot.press(*"lena", "enter")
            await pilot.pause()
            assert any("only a lead switches" in n for n in notifications(app))

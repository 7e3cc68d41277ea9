"""The TUI's thread workers work one way: each opens the project through
``QualcodeApp.worker_project`` (its own connection, the same person) and sends results up as
messages. A widget touched from a thread, or a connection opened by hand (which could
forget ``act_as`` and so break blind coding), is caught here before it reaches a user."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import qualcode.tui
from tests.tui.conftest import karins_coding_screen, notifications

TUI = Path(qualcode.tui.__file__).parent
NOT_IN_A_THREAD = {"query_one", "query", "call_from_thread", "open", "mount"}


def _thread_workers() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in sorted(TUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            for deco in node.decorator_list:
                if (
                    isinstance(deco, ast.Call)
                    and getattr(deco.func, "id", getattr(deco.func, "attr", "")) == "work"
                    and any(
                        k.arg == "thread" and getattr(k.value, "value", False)
                        for k in deco.keywords
                    )
                ):
                    found.append((f"{path.name}:{node.name}", node))
    return found


def test_the_tui_has_thread_workers_to_check() -> None:
    names = {name for name, _ in _thread_workers()}
    assert {"suggesting.py:_compute", "report_team.py:_compute_agreement"} <= names


def test_thread_workers_touch_no_widget_and_open_no_connection_by_hand() -> None:
    bad = []
    for name, worker in _thread_workers():
        for node in ast.walk(worker):
            call = node.func if isinstance(node, ast.Call) else None
            if isinstance(call, ast.Attribute) and call.attr in NOT_IN_A_THREAD:
                bad.append(f"{name} calls .{call.attr}()")
    assert bad == []


def test_only_the_app_opens_the_project() -> None:
    opened = [
        path.name
        for path in sorted(TUI.rglob("*.py"))
        if "Project.open(" in path.read_text(encoding="utf-8")
    ]
    # the app's own connection and worker_project; the helper process is its own program
    assert opened == ["app.py", "background.py"]


@pytest.mark.slow
async def test_the_suggestion_workers_messages_reach_the_coding_screen(
    project_file: Path,
) -> None:
    """What the helper process reports arrives as messages the screen handles: the bar and
    the words line while embedding, and both hidden again when it is done."""
    from textual.widgets import ProgressBar, Static

    from qualcode.tui.screens.suggesting import SuggestDone, SuggestEmbedding

    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, app, screen):
        screen.post_message(SuggestEmbedding(1200, 4800))
        await pilot.pause()
        status = screen.query_one("#embed-status", Static)
        assert "1\u202f200 words done, 3\u202f600 to go" in str(status.render())
        assert screen.query_one("#progress", ProgressBar).progress == 1200
        screen.post_message(SuggestDone(3))
        await pilot.pause()
        assert status.has_class("hidden")
        said = notifications(app)
        assert "3 suggestions, improved now that the sentences are read for meaning" in said

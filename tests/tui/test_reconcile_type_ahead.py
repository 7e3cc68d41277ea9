"""A verdict, a comment or a span typed straight after its key keeps its words: the
reconcile screen's 1-9, u, i, x, s, c and o open the line under the versions. As ordinary
bindings they ran only once the cases table got to the key, after the app had sent it the
keys behind: "2" then "Vi enades om systemperspektiv" left the rationale empty and the
letters worked as keys on the table (``d`` and ``k`` filtered the cases, ``i`` asked for
the intersection, ``s`` for a span; eyes14). The keys are sent as a terminal sends fast
typing, all before the app has handled the first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from qualcode import Project
from tests.tui.conftest import documents_screen, open_reconcile, type_fast

# slow: each test drives the reconcile screen on the demo (about 1 s of CPU)
pytestmark = pytest.mark.slow


async def _settled(app: Any, pilot: Any) -> None:
    for _ in range(4):
        await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _typed(words: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in words]


async def test_a_rationale_typed_ahead_decides_the_case(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        first = screen.views[0].case
        filters = dict(screen.filters)
        type_fast(app, ["u", *_typed("vi enades i diskussionen"), "enter"])
        await _settled(app, pilot)
        assert screen.filters == filters  # no letter reached the table as a filter key
    with Project.open(demo) as project:
        decided = next(v for v in project.cases() if v.case.id == first.id)
    assert (decided.verdict, decided.rationale) == ("union", "vi enades i diskussionen")


async def test_a_comment_typed_ahead_is_the_comment(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        first = screen.views[0].case
        type_fast(app, ["c", *_typed("johan: kontext saknas"), "enter"])
        await _settled(app, pilot)
    with Project.open(demo) as project:
        view = next(v for v in project.cases() if v.case.id == first.id)
    assert [(c.author, c.text) for c in view.comments] == [("johan", "kontext saknas")]


async def test_verdict_keys_in_the_line_are_letters(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        type_fast(app, ["x", *"1uixsco"])
        await _settled(app, pilot)
        assert screen.query_one("#rationale", Input).value == "1uixsco"
        assert screen.prompting == "verdict" and screen.pending_verdict == "reject"

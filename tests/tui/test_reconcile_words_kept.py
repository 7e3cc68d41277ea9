"""A rationale typed on the reconcile screen survives a refusal (small32a).

The lead chose a verdict and typed why; meanwhile a coder changed her version, so the
service refused the decision (rightly: the lead had not read the case as it stands). The
screen closed the line and the typed words were gone. Now the refusal line says they are
kept, and the next verdict on that passage opens with them on the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications, open_reconcile, settled

pytestmark = pytest.mark.slow

WORDS = "the second clause carries the claim"


def _change_a_version(path: Path, doc_id: str, start: int, end: int) -> None:
    """A coder's other window removes one of her codings on the passage."""
    with Project.open(path) as other:
        coding = next(
            c
            for c in other.codings(layer="coder")
            if c.document_id == doc_id and c.start < end and start < c.end
        )
        other.act_as(coding.coder)
        other.remove_coding(coding.id, actor=coding.coder)


async def _refused(pilot: Any, app: Any, screen: Any, path: Path) -> Any:
    """The lead chooses a verdict (u) on the current case and types WORDS; a coder changes
    her version meanwhile, so Enter is refused. The case is returned."""
    case = screen._current().case
    await pilot.press("u", *WORDS)
    await pilot.pause()
    _change_a_version(path, case.document_id, case.start, case.end)
    await settled(pilot, app, "enter")
    return case


async def _verdict_again(pilot: Any, screen: Any, case: Any) -> None:
    """Back on the passage as it stands now (its row found by overlap), u again."""
    row = next(
        i
        for i, v in enumerate(screen.views)
        if v.case.document_id == case.document_id
        and v.case.start < case.end
        and case.start < v.case.end
    )
    screen.query_one(DataTable).move_cursor(row=row)
    await pilot.pause()
    await pilot.press("u")
    await pilot.pause()


async def test_a_refused_rationale_comes_back_on_the_line(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(140, 45)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        case = await _refused(pilot, app, screen, demo)
        assert any("what you typed is kept" in note for note in notifications(app))
        # the lead goes to the passage as it stands now and chooses a verdict again
        await _verdict_again(pilot, screen, case)
        assert screen.query_one("#rationale", Input).value == WORDS
        await settled(pilot, app, "enter")
        await pilot.press("u")  # taken once: the next verdict's line starts empty
        await pilot.pause()
        assert screen.query_one("#rationale", Input).value == ""
    with Project.open(demo) as project:
        assert WORDS in [v.rationale for v in project.cases()]


async def test_words_put_back_on_the_line_survive_esc(demo: Path) -> None:
    """Kept by a refusal and put back on the line, the words were taken: the lead pressed
    Esc to read the versions again, and the next verdict's line opened empty (eyes33)."""
    async with documents_screen(demo, "lena", size=(140, 45)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        case = await _refused(pilot, app, screen, demo)
        await _verdict_again(pilot, screen, case)
        assert screen.query_one("#rationale", Input).value == WORDS
        await pilot.press("escape")  # to read the versions as they stand now
        await pilot.pause()
        assert app.screen is screen and screen.query_one("#rationale", Input).has_class("hidden")
        assert any(note.startswith("What you typed is kept") for note in notifications(app))
        await pilot.press("1")  # another verdict on the same passage: the words are there
        await pilot.pause()
        assert screen.query_one("#rationale", Input).value == WORDS


async def test_a_comment_typed_then_escaped_is_on_the_line_again(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(140, 45)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await pilot.press("c", *"karin: read it twice")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert screen.query_one("#rationale", Input).value == "karin: read it twice"
        await pilot.press("escape", "escape")  # the line (kept again), then the screen
        await pilot.pause()
        assert app.screen is not screen


async def test_the_refusal_is_said_in_the_interfaces_language(demo: Path) -> None:
    """The Swedish screen said the service's English ("case 3f2a...: a coder changed the
    passage meanwhile; list the cases again"), CLI words and all, before its own Swedish."""
    async with documents_screen(demo, "lena", "sv", size=(140, 45)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await _refused(pilot, app, screen, demo)
        kept = app.t("rc_words_kept")
        assert notifications(app)[-1] == (
            f"En kodare har ändrat fallet sedan du läste det; läs det igen och besluta; {kept}"
        )


async def test_a_case_decided_meanwhile_is_refused_and_the_words_kept(demo: Path) -> None:
    """The lead's other window (or another lead) decided the case while she typed: the
    screen passed only the coders' versions as read, and her decision replaced that one
    without a word. Refused now, the decision in force is the other's, and her words wait
    on the line for her next verdict on the case."""
    async with documents_screen(demo, "lena", size=(140, 45)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        case = screen._current().case
        await pilot.press("u", *WORDS)
        await pilot.pause()
        with Project.open(demo) as other:
            other.act_as("lena", "lena")
            coder = next(iter(case.versions))
            other.decide(case.id, f"accept:{coder}", "decided in the other window", "lena")
        await settled(pilot, app, "enter")
        assert notifications(app)[-1] == (
            f"lena decided this case meanwhile; nothing was written: read it again, and "
            f"decide again to replace that decision; {app.t('rc_words_kept')}"
        )
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        view = project.case(case.id)
        assert view.rationale == "decided in the other window" and not view.history

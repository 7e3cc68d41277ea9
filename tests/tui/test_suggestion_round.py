"""`n`, `a` and `r` when two codes are suggested for one passage (seen coding a demo
transcript: after accepting one, the other on the same passage was skipped, and `n` from a
passage jumped past the second code suggested for it).

Driven with Pilot against a real project file; the suggestions are written as the engine
writes them, so the round does not depend on what spaCy and the models would suggest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from tests.pending_kit import suggestion_row, write_pending
from tests.tui.conftest import karins_coding_screen, notifications, open_first_document

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _suggest(path: Path, plan: list[tuple[int, str]]) -> None:
    """Pending suggestions: (unit index, code key) each, karin's own engine's."""
    _suggest_spans(path, [(unit, unit, key) for unit, key in plan])


def _suggest_spans(path: Path, plan: list[tuple[int, int, str]]) -> None:
    """Pending suggestions from one unit to another (both included), with a code key."""
    with Project.open(path) as project:
        doc = project.documents()[0]
        units = project.units(doc.id)
        ids = {c.key: c.id for c in project.codebook()}
        learned = {"learned_from": "karin"}
        rows = [
            suggestion_row(
                doc.id, units[first].start, units[last].end, ids[key], score=0.5, evidence=learned
            )
            for first, last, key in plan
        ]
        write_pending(project, doc.id, rows, sorted({ids[key] for *_, key in plan}))


def _coded(path: Path) -> list[tuple[int, str]]:
    """karin's codings as (start, code key), in order."""
    with Project.open(path) as check:
        return sorted((c.start, c.code) for c in check.codings(coder="karin"))


def _starts(path: Path) -> list[int]:
    with Project.open(path) as check:
        doc = check.documents()[0]
        return [u.start for u in check.units(doc.id)]


PLAN = [(0, "mission_dialogue"), (0, "integration"), (2, "integration")]


async def test_n_stops_at_each_code_suggested_for_one_passage(project_file: Path) -> None:
    _suggest(project_file, PLAN)
    first, _, third = _starts(project_file)[:3]
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _, screen):
        await pilot.press("j")  # off the suggested passage, onto the second sentence
        seen = []
        for _ in range(4):
            await pilot.press("n")
            await pilot.pause()
            here = screen._suggestion_here()
            seen.append((here.start, here.code))
        # the next passage, then round to the first one's codes in turn
        assert seen == [
            (third, "integration"),
            (first, "integration"),
            (first, "mission_dialogue"),
            (third, "integration"),
        ]
        await pilot.press("n", "n")  # on the second code of the first passage
        await pilot.pause()
        assert screen._suggestion_here().code == "mission_dialogue"
        await pilot.press("a")  # accepts the one shown, not the first under the cursor
        await pilot.pause()
    assert _coded(project_file) == [(first, "mission_dialogue")]


async def test_deciding_one_code_goes_to_the_other_on_the_same_passage(
    project_file: Path,
) -> None:
    _suggest(project_file, PLAN)
    first = _starts(project_file)[0]
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _, screen):
        await pilot.press("j", "n", "n", "n")  # round to the first passage's mission_dialogue
        await pilot.pause()
        assert screen._suggestion_here().code == "mission_dialogue"
        await pilot.press("r")
        await pilot.pause()
        here = screen._suggestion_here()  # integration, though its code sorts first
        assert (here.start, here.code) == (first, "integration")
        await pilot.press("a")
        await pilot.pause()
    assert _coded(project_file) == [(first, "integration")]


def _opening(path: Path, unit: int) -> str:
    """The first four words of a unit, as the notification names a passage."""
    with Project.open(path) as check:
        doc = check.document(check.documents()[0].id)
        found = check.units(doc.id)[unit]
    words = doc.text[found.start : found.end].split()
    return " ".join(words[:4]) + (" …" if len(words) > 4 else "")


def _said(app: object) -> str:
    return list(app._notifications)[-1].message  # type: ignore[attr-defined]


async def test_deciding_says_which_code_comes_next_and_where(project_file: Path) -> None:
    """After `a` or `r` the selection moves to the next suggestion; the notification said
    only what was decided, so a coder pressing `a` again did not know what she accepted.
    The note says that the next is selected (same passage, from the top), in three lines at
    80x24 (tui48); `n` then names its code and words."""
    _suggest(project_file, PLAN)
    first, _, third = _starts(project_file)[:3]
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("j", "n")  # the third sentence's integration
        await pilot.pause()
        await pilot.press("a")  # nothing after it: the round starts again at the top
        await pilot.pause()
        assert _said(app) == "Accepted as Integration\nNext: from the top"
        await pilot.press("n")  # which one and where
        await pilot.pause()
        assert _said(app) == (
            f"This is the next: Integration at “{_opening(project_file, 0)}” (n again goes on)"
        )
        await pilot.press("r")  # the first passage: its other code is next
        await pilot.pause()
        assert _said(app) == "Rejected Integration\nNext: same passage"
        await pilot.press("n")
        await pilot.pause()
        assert _said(app).startswith("This is the next: Mission dialogue at “"), _said(app)
        await pilot.press("a")
        await pilot.pause()
        assert _said(app) == "Accepted as Mission dialogue\nNone left (l: the rest)"
        assert len(app._notifications) == 1  # type: ignore[attr-defined]  # one, not three
    assert _coded(project_file) == [(first, "mission_dialogue"), (third, "integration")]


async def test_an_overlapping_passage_is_named_by_its_words_not_as_the_same(
    project_file: Path,
) -> None:
    """A suggestion over sentences 3-4 after one over 2-3 was announced as 'same passage'
    though it starts a sentence later (eyes6: 'Varje gång ...' rejected, 'Om man
    anställde ...' next); only exactly the decided passage is the same one, and `n` names
    the next by its first words."""
    _suggest_spans(project_file, [(2, 3, "integration"), (3, 4, "mission_dialogue")])
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        await pilot.press("n")
        await pilot.pause()
        assert screen._suggestion_here().code == "integration"
        await pilot.press("r")
        await pilot.pause()
        assert _said(app) == "Rejected Integration\nNext selected (n: which)"
        await pilot.press("n")
        await pilot.pause()
        assert _said(app) == (
            f"This is the next: Mission dialogue at “{_opening(project_file, 3)}” (n again goes on)"
        )


async def test_n_while_suggestions_are_computed_says_they_are_coming(project_file: Path) -> None:
    """An `n` pressed right after `s` said "No suggestion here" while the first ones were
    still being computed, as if there were none (a coder of a team of five, eyes9)."""
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("s", "n")  # the helper process takes seconds to answer
        said = notifications(app)
        assert "Suggestions are still being computed…" in said, said
        assert "No suggestion here" not in said


async def test_n_after_a_stays_on_the_suggestion_a_went_to(project_file: Path) -> None:
    """`a` went on to the next suggestion; the coder, used to `n` for "next", pressed it
    and jumped past that one unseen (eyes21). `n` right after `a` or `r` stays on it and
    says so; a second `n`, or `n` after other keys, goes on as before."""
    plan = [(0, "mission_dialogue"), (2, "integration"), (4, "integration"), (6, "integration")]
    _suggest(project_file, plan)
    starts = _starts(project_file)
    async with karins_coding_screen(project_file, size=(120, 35)) as (pilot, app, screen):
        await pilot.press("a")  # the first passage's, then on to the third sentence's
        await pilot.pause()
        assert screen._suggestion_here().start == starts[2]
        await pilot.press("n")
        await pilot.pause()
        assert screen._suggestion_here().start == starts[2]  # not skipped
        notes = notifications(app)  # type: ignore[attr-defined]
        assert notes and notes[-1].startswith("This is the next: ")
        await pilot.press("n")
        await pilot.pause()
        assert screen._suggestion_here().start == starts[4]
        await pilot.press("r")  # on to the seventh sentence's
        await pilot.pause()
        assert screen._suggestion_here().start == starts[6]
        await pilot.press("k", "j", "n")  # away and back: n goes on, round to the top
        await pilot.pause()
        assert screen._suggestion_here().start == starts[2]


async def test_the_note_after_a_leaves_the_evidence_in_view(project_file: Path) -> None:
    """At 120x35 the note after `a` (five lines: what was accepted, which comes next and
    where) stood over the bottom of the sidebar, where the next suggestion's evidence is
    shown (eyes21): it sits at the top now, over the codebook's list, or under the evidence
    where that leaves the sidebar's bottom blank (eyes37b): never over its lines."""
    from textual.widgets._toast import Toast

    _suggest(project_file, [(0, "mission_dialogue"), (2, "integration")])
    app = build_app(project_file, "karin", "en")
    async with app.run_test(size=(120, 35), notifications=True) as pilot:
        screen = await open_first_document(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.pause()
        toasts = list(screen.query(Toast))
        assert toasts
        pane = screen.query_one("#details")
        assert pane.region.height > 0 and pane.virtual_size.height > 0
        text = pane.region._replace(height=pane.virtual_size.height)  # its lines of evidence
        for toast in toasts:
            assert not toast.region.overlaps(text), (toast.region, text)

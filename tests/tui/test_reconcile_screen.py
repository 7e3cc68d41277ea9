"""The reconcile screen: filters, and a lead deciding a case by keys (with a rationale,
a comment, a reopening); the versions side by side are in test_reconcile_versions.py and
the consensus from the screen in test_reconcile_confirm.py."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.reconcile import ReconcileScreen
from tests.tui.conftest import documents_screen, notifications, open_reconcile, settled

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


async def test_lead_decides_a_case_with_a_rationale(demo: Path) -> None:
    path = demo
    async with documents_screen(path, "lena", size=(140, 45)) as (pilot, app, _):
        first = (await open_reconcile(pilot, app)).views[0].case
        await pilot.press("u", *"both parts belong", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
    with Project.open(path) as project:
        decided = next(v for v in project.cases() if v.case.id == first.id)
        assert decided.verdict == "union" and decided.rationale == "both parts belong"
        assert project.codings(layer="consensus")


async def test_filters_narrow_to_what_the_project_returns(demo: Path) -> None:
    path = demo
    async with documents_screen(path, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        total = len(screen.views)
        await pilot.press("f", "f", "t")  # the second code, then the first kind left
        await pilot.pause()
        code, kind = screen.filters["code"], screen.filters["kind"]
        assert code and kind and screen.filters["document"] is None
        by_code_kind = sorted(v.case.id for v in screen.views)
        await pilot.press("d")  # the first document that has such cases
        await pilot.pause()
        doc = screen.filters["document"]
        shown = sorted(v.case.id for v in screen.views)
        line = str(screen.query_one("#reconcile-filter", Static).render())
        table_rows = screen.query_one(DataTable).row_count
        await pilot.press("F")  # back to all codes: only the document and kind remain
        await pilot.pause()
        assert screen.filters["code"] is None
        by_doc_kind = sorted(v.case.id for v in screen.views)
    with Project.open(path) as project:
        assert len(project.cases()) == total
        expected = project.cases(docs=[doc], codes=[code], kinds=[kind])
        assert shown == sorted(v.case.id for v in expected) and shown
        assert table_rows == len(shown)
        by_code = project.cases(codes=[code], kinds=[kind])
        assert by_code_kind == sorted(v.case.id for v in by_code)
        assert by_doc_kind == sorted(v.case.id for v in project.cases(docs=[doc], kinds=[kind]))
        assert len(by_doc_kind) > len(shown)
        name = project.document(doc).name
        code_name = project.code(code).name("en")
    # the code by the name the lead reads, not its key
    assert f"{len(shown)} of {total} cases" in line and name in line and code_name in line
    assert code not in line


async def test_deciding_under_a_filter_writes_consensus_and_audit(demo: Path) -> None:
    path = demo
    async with documents_screen(path, "lena", "sv", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        kinds = [None, *screen.choices("kind")]
        await pilot.press(*"t" * kinds.index("boundary"))
        await pilot.pause()
        assert all(v.case.kind == "boundary" for v in screen.views)
        await pilot.press("down")
        await pilot.pause()
        case = screen.views[1].case
        first_coder = screen.coders[0]
        await pilot.press("1", "escape")  # Esc leaves the rationale: nothing decided
        await pilot.pause()
        assert screen.views[1].verdict is None
        await pilot.press("1")  # the prompt names the version in words, not "accept:johan"
        await pilot.pause()
        prompt = str(screen.query_one("#rationale", Input).placeholder)
        assert prompt.startswith(f"Motivering till {first_coder}s version")
        await settled(pilot, app, *"johans gränser följer frågan", "enter")
        assert screen.filters["kind"] == "boundary"  # the filter stays after a decision
        line = str(screen.query_one("#reconcile-filter", Static).render())
        assert line.startswith("[f] kod alla · [d] dokument alla · [t] slag gränser")
        assert ", avgjorda: 1 · " in line  # "1 avgjorda" is not Swedish
        assert screen.views[1].verdict == f"accept:{first_coder}"
        assert screen.query_one(DataTable).cursor_row == 2  # on to the next case
        await settled(pilot, app, "up")  # back on the decided case: its code's figures count it
        agreement = str(screen.query_one("#agreement", Static).render())
        of_code = sum(1 for v in screen.every if set(v.case.codes) & set(case.codes))
        named = app.project.code(case.codes[0]).name("sv")
        assert f"{named}: kodarnas α" in agreement and case.codes[0] not in agreement
        assert (
            f" 1 av {of_code} fall med dessa koder avgjorda" in agreement
            and "konsensus mot" in agreement
        )
        talk = str(screen.query_one("#discussion", Static).render())
        assert talk.startswith(f"Avgjort {first_coder}s version av lena")
        assert "johans gränser" in talk
    with Project.open(path) as project:
        consensus = [
            c
            for c in project.codings(layer="consensus")
            if c.document_id == case.document_id and c.code in case.codes
        ]
        mine = case.versions[first_coder]
        assert [(c.code, c.start, c.end) for c in consensus] == [
            (code, s, e) for code in mine.codes for s, e in mine.spans[code]
        ]
        assert all(c.coder == "lena" and c.origin == "decision" for c in consensus)
        entries = [e for e in project.audit() if e.action == "reconcile.decide"]
        assert len(entries) == 1
        payload = entries[0].payload
        assert payload["case"] == case.id and payload["verdict"] == f"accept:{first_coder}"
        assert payload["rationale"] == "johans gränser följer frågan"


async def test_the_filter_line_names_remapped_keys(demo: Path) -> None:
    path = demo
    app = build_app(path, "lena", "en", {"reconcile.filter_code": "c"})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("R", "c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReconcileScreen) and screen.filters["code"]
        line = str(screen.query_one("#reconcile-filter", Static).render())
        named = app.project.code(screen.filters["code"]).name("en")
        assert line.startswith(f"[c] code {named} · [d] document all")


async def test_a_coder_cannot_open_reconcile(demo: Path) -> None:
    path = demo
    async with documents_screen(path, "karin", size=(120, 40)) as (pilot, app, _):
        await pilot.press("R")
        await pilot.pause()
        assert not isinstance(app.screen, ReconcileScreen)


async def test_comments_and_reopening_in_the_screen(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "talk.db"
    shutil.copy(demo_file, path)
    async with documents_screen(path, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        case = screen.views[0].case
        await pilot.press("c", *"johan: it is about the workload", "enter")
        await pilot.pause()
        await pilot.press("c", *"I agree with johan", "enter")
        await pilot.pause()
        talk = str(screen.query_one("#discussion", Static).render())
        # each comment with its minute on the one clock it names (12-05 13:18 UTC)
        assert re.search(r"johan \d\d-\d\d \d\d:\d\d UTC: it is about the workload", talk)
        assert re.search(r"lena \d\d-\d\d \d\d:\d\d UTC: I agree with johan", talk)
        await pilot.press("u", *"both readings", "enter")
        await pilot.pause()
        await pilot.press("up")
        await pilot.pause()
        await pilot.press("o", *"mira was away; again next week", "enter")
        await pilot.pause()
        view = screen.views[0]
        assert view.case.id == case.id and view.verdict is None
        talk = str(screen.query_one("#discussion", Static).render())
        assert "Earlier: union by lena" in talk and "“both readings”" in talk
        assert "(reopened): mira was away" in talk
        await app.workers.wait_for_complete()
    with Project.open(path) as project:
        view = next(v for v in project.cases() if v.case.id == case.id)
        assert [c.author for c in view.comments] == ["johan", "lena", "lena"]
        assert view.history[0].participants == ("lena", "johan")


async def test_an_empty_rationale_keeps_the_line_open_and_says_so_in_swedish(demo: Path) -> None:
    """Enter on an empty rationale closed the line and showed the service's English 'a
    decision needs a rationale' in a Swedish interface; the lead had to choose the verdict
    again (eyes6). The line stays open, the note is in the interface's language."""
    async with documents_screen(demo, "lena", "sv", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await pilot.press("1", "enter")
        await pilot.pause()
        prompt = screen.query_one("#rationale", Input)
        said = notifications(app)
        assert said[-1].startswith("Ett beslut behöver en motivering")
        assert not prompt.has_class("hidden") and prompt.has_focus
        assert screen.views[0].verdict is None
        await settled(pilot, app, *"samma stycke", "enter")
        assert screen.views[0].verdict == f"accept:{screen.coders[0]}"

"""The reconcile screen: filters, context, and a lead deciding a case by keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from qualcode import Project
from qualcode.model import Unit
from qualcode.reconcile import Case, Version
from qualcode.tui.app import build_app
from qualcode.tui.screens.reconcile import ReconcileScreen
from qualcode.tui.widgets.case_version import context_window, version_text
from tests.tui.conftest import open_reconcile, settled

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


async def test_lead_decides_a_case_with_a_rationale(demo: Path) -> None:
    path = demo
    app = build_app(path, "lena", "en")
    async with app.run_test(size=(140, 45)) as pilot:
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
    app = build_app(path, "lena", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        total = len(screen.views)
        await pilot.press("f", "f", "k")  # the second code, then the first kind left
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
    app = build_app(path, "lena", "sv")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        kinds = [None, *screen.choices("kind")]
        await pilot.press(*"k" * kinds.index("boundary"))
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
        assert line.startswith("[f] kod alla · [d] dokument alla · [k] slag gränser")
        assert ", avgjorda: 1 · " in line  # "1 avgjorda" is not Swedish
        assert screen.views[1].verdict == f"accept:{first_coder}"
        assert screen.query_one(DataTable).cursor_row == 2  # on to the next case
        await pilot.press("up")  # back on the decided case: its code's figures count it
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
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


def test_context_is_the_sentence_before_and_after_within_a_cap() -> None:
    units = [Unit(0, 0, 10), Unit(1, 11, 30), Unit(2, 31, 50), Unit(3, 51, 90)]
    assert context_window(90, units, 31, 50) == (11, 90)  # one sentence each side
    assert context_window(90, units, 35, 45) == (11, 90)  # from inside a sentence too
    assert context_window(90, units, 0, 10) == (0, 30)  # nothing before the first
    assert context_window(90, units, 31, 50, cap=5) == (26, 55)  # long sentences: capped
    assert context_window(90, [], 40, 45, cap=10) == (30, 55)  # no units: the cap each side


def test_a_version_dims_the_context_and_reverses_the_coders_spans() -> None:
    text = "Före. Vi hade [inga] möten alls. Sedan. Efter."
    start, end = text.index("Vi"), text.index(" Sedan")
    units = [Unit(0, 0, 5), Unit(1, 6, end), Unit(2, end + 1, end + 7), Unit(3, end + 8, 47)]
    mine = (text.index("möten"), text.index(" alls"))
    case = Case(
        "c1",
        "d",
        start,
        end,
        ("x",),
        "boundary",
        {"karin": Version({"x": (mine,)}), "johan": Version()},
    )
    shown = version_text(text, units, case, "karin", "karin")
    assert shown.plain == "karin\n\n" + text[: end + 7] + "…"  # to the sentence after
    styled = {shown.plain[s.start : s.end]: str(s.style) for s in shown.spans}
    assert styled["Före. "] == "dim" and styled[" Sedan."] == "dim"
    assert styled["möten"] == "reverse" and "[inga]" not in styled  # brackets stay text
    other = version_text(text, units, case, "johan", "johan")
    assert "reverse" not in {str(s.style) for s in other.spans}


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
    app = build_app(path, "karin", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert not isinstance(app.screen, ReconcileScreen)


async def test_three_coders_side_by_side_at_120_cycled_at_80(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "three.db"
    shutil.copy(demo_file, path)
    app = build_app(path, "lena", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        assert screen.coders == ["johan", "karin", "mira"]
        panes = [screen.query_one(f"#pane{n}", Static) for n in range(4)]
        assert [p.display for p in panes] == [True, True, True, False]
        headings = [str(p.render()).splitlines()[0] for p in panes[:3]]
        assert [h.split(":")[0] for h in headings] == ["[1] johan", "[2] karin", "[3] mira"]
        line = str(screen.query_one("#reconcile-filter", Static).render())
        assert "3 coders, 6 of 15 documents" in line
        case = screen.views[0].case
        await pilot.press("3", *"mira's whole sentence", "enter")  # the third coder's version
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert [p.display for p in panes] == [True, True, False, False]
        first = [str(p.render()).splitlines()[0] for p in panes[:2]]
        assert first[0].startswith("[1] johan") and "(+1 [v]:" in first[1]
        # the hidden version is named with what it coded, not only counted (eyes12's five)
        heading = " ".join(str(panes[1].render()).split())
        current = screen._current()
        assert current is not None
        mira = screen.short_codes(current.case.versions["mira"])
        assert mira != "–" and f"(+1 [v]: mira {mira})" in heading
        await pilot.press("v")
        await pilot.pause()
        shown = [str(p.render()).splitlines()[0].split(":")[0] for p in panes[:2]]
        assert shown == ["[3] mira", "[1] johan"]
    with Project.open(path) as project:
        view = next(v for v in project.cases() if v.case.id == case.id)
        assert view.verdict == "accept:mira"
        got = [(c.start, c.end) for c in project.codings(layer="consensus")]
        assert got == list(case.versions["mira"].all_spans())


async def test_comments_and_reopening_in_the_screen(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "talk.db"
    shutil.copy(demo_file, path)
    app = build_app(path, "lena", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        case = screen.views[0].case
        await pilot.press("c", *"johan: it is about the workload", "enter")
        await pilot.pause()
        await pilot.press("c", *"I agree with johan", "enter")
        await pilot.pause()
        talk = str(screen.query_one("#discussion", Static).render())
        assert "johan 20" in talk and ": it is about the workload" in talk
        assert "lena 20" in talk and "I agree with johan" in talk
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


async def test_four_coders_every_version_reachable(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "four.db"
    shutil.copy(demo_file, path)
    with Project.open(path) as project:
        project.add_coder("ola")
        doc = project.cases()[0].case.document_id
        for coding in project.codings(doc=doc, coder="johan"):
            project.add_coding(doc, coding.start, coding.end, coding.code, "ola")
        for name in ("karin", "johan", "mira", "ola"):
            project.set_status(doc, name, "done")
    app = build_app(path, "lena", "en")
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        assert screen.coders == ["johan", "karin", "mira", "ola"]
        panes = [screen.query_one(f"#pane{n}", Static) for n in range(4)]
        assert all(p.display for p in panes)
        assert str(panes[3].render()).startswith("[4] ola")
        await pilot.press("4", *"ola's reading", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert screen.views[0].verdict == "accept:ola"


async def test_the_counted_team_is_said_in_swedish(demo_file: Path, tmp_path: Path) -> None:
    """The Swedish filter line said "3 coders, 6 of 15 documents" in English."""
    path = tmp_path / "sv.db"
    shutil.copy(demo_file, path)
    app = build_app(path, "lena", "sv")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        line = str(screen.query_one("#reconcile-filter", Static).render())
        assert "3 kodare, 6 av 15 dokument" in line
        assert "coders" not in line and "documents" not in line


def test_verdicts_in_words_in_both_languages() -> None:
    """What the lead reads for each stored verdict; a Swedish name ending in s takes no
    second s ("Jonas version")."""
    from qualcode.tui.catalog import Catalog
    from qualcode.tui.labels import verdict_words

    sv, en = Catalog("sv"), Catalog("en")
    assert verdict_words("accept:johan", sv) == "johans version"
    assert verdict_words("accept:Jonas", sv) == "Jonas version"
    assert verdict_words("accept:Jonas", en) == "Jonas's version"
    assert verdict_words("reject", sv) == "avvisning"
    assert verdict_words("intersection", en) == "intersection"
    assert verdict_words("span:10-20", sv) == "egen avgränsning 10-20"
    # a span kept for one of the case's codes names that code as the lead reads it
    named = {"integration": "Från separering till integrering"}
    assert verdict_words("span:10-20:integration", sv, named) == (
        "egen avgränsning 10-20 (Från separering till integrering)"
    )


async def test_an_empty_rationale_keeps_the_line_open_and_says_so_in_swedish(demo: Path) -> None:
    """Enter on an empty rationale closed the line and showed the service's English 'a
    decision needs a rationale' in a Swedish interface; the lead had to choose the verdict
    again (eyes6). The line stays open, the note is in the interface's language."""
    app = build_app(demo, "lena", "sv")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        await pilot.press("1", "enter")
        await pilot.pause()
        prompt = screen.query_one("#rationale", Input)
        said = [n.message for n in app._notifications]  # type: ignore[attr-defined]
        assert said[-1].startswith("Ett beslut behöver en motivering")
        assert not prompt.has_class("hidden") and prompt.has_focus
        assert screen.views[0].verdict is None
        await settled(pilot, app, *"samma stycke", "enter")
        assert screen.views[0].verdict == f"accept:{screen.coders[0]}"


async def test_c_confirms_the_agreed_passages_into_the_consensus(tmp_path: Path) -> None:
    """The TUI had no way to put the passages the coders agreed on into the consensus
    (`qualcode reconcile confirm` only): a lead deciding every case here left them out of
    the consensus and its summary (eyes6). The filter line counts them and `C` confirms
    them after asking."""
    from tests.project.team_kit import agreed_and_decided

    project, doc = agreed_and_decided(tmp_path / "p.db")
    first = project.units(doc)[0]
    project.close()
    app = build_app(tmp_path / "p.db", "lena", "en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reconcile(pilot, app)
        line = str(screen.query_one("#reconcile-filter", Static).render())
        assert "agreed, not in the consensus: 1 ([C] confirms)" in line
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        said = [n.message for n in app._notifications]  # type: ignore[attr-defined]
        assert "1 passage the coders agreed on confirmed into the consensus" in said
        line = str(screen.query_one("#reconcile-filter", Static).render())
        assert "agreed, not in the consensus" not in line
    with Project.open(tmp_path / "p.db") as check:
        check.act_as("lena")
        consensus = {(c.start, c.end) for c in check.codings(layer="consensus")}
        assert (first.start, first.end) in consensus
        assert check.unconfirmed_agreements() == 0


async def test_the_consensus_is_compared_once_the_codes_cases_are_decided(
    tmp_path: Path,
) -> None:
    """One case of two decided read 'consensus vs johan α -0.044': the open passage counted
    as one the consensus leaves uncoded (eyes6). Until the code's last case is decided the
    line says when the comparison comes."""
    from tests.conftest import code_apart, team_project

    project, doc = team_project(tmp_path / "p.db")
    code_apart(project, doc)
    project.close()
    app = build_app(tmp_path / "p.db", "lena", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reconcile(pilot, app)
        assert len(screen.views) == 2
        await settled(pilot, app, "u", *"both", "enter")
        await settled(pilot, app, "up")
        line = str(screen.query_one("#agreement", Static).render())
        assert "1 of 2 cases of these codes decided" in line
        assert "consensus against the coders once all 2 cases are decided" in line
        assert "consensus vs" not in line
        await settled(pilot, app, "down", "u", *"both", "enter")
        await settled(pilot, app, "up")
        line = str(screen.query_one("#agreement", Static).render())
        assert "2 of 2 cases of these codes decided" in line and "consensus vs karin α" in line


async def test_c_where_the_coders_agreed_on_nothing_says_no_more(tmp_path: Path) -> None:
    """karin and johan coded different sentences: C said every passage they agreed on was
    in the consensus already, of a consensus that held none (eyes21). It says only that
    none waits to be confirmed."""
    from tests.conftest import code_apart, team_project

    project, doc = team_project(tmp_path / "p.db")
    code_apart(project, doc)
    project.close()
    app = build_app(tmp_path / "p.db", "lena", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reconcile(pilot, app)
        await pilot.press("C")
        await pilot.pause()
        said = [n.message for n in app._notifications]  # type: ignore[attr-defined]
    assert said[-1] == "No passage the coders agreed on is waiting to be confirmed"


def test_a_version_of_two_codes_names_each_span() -> None:
    """johan's integration and systems perspective, side by side in one answer, were both
    reversed alike under a heading naming the two: which was which was a guess (eyes6)."""
    text = "Fråga. Vi blev sjuka. Vi hann inget. Slut."
    sick, busy = (text.index("Vi blev"), text.index(" Vi hann")), (text.index("Vi hann"), 36)
    units = [Unit(0, 0, 6), Unit(1, 7, 20), Unit(2, 21, 36), Unit(3, 37, len(text))]
    both = Version({"systems": (sick,), "integration": (busy,)})
    case = Case("c", "d", 7, 36, ("integration", "systems"), "code", {"johan": both})
    shown = version_text(text, units, case, "johan", "johan", labels={"systems": "system"})
    assert "[system] Vi blev sjuka." in shown.plain and "[integration] Vi hann" in shown.plain
    one = Case("c", "d", 7, 36, ("systems",), "code", {"johan": Version({"systems": (sick,)})})
    assert "[" not in version_text(text, units, one, "johan", "johan").plain

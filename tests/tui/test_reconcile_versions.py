"""The reconcile screen's versions: each coder's in its context, side by side as the
terminal has room for them (three, four coders), and the verdicts said in words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from qualcode.model import Unit
from qualcode.reconcile import Case, Version
from qualcode.tui.widgets.case_version import context_window, version_text
from tests.tui.conftest import documents_screen, open_reconcile

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


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
    assert shown.plain == "karin\n\n" + text[: end + 7]  # to the sentence after, whole
    styled = {shown.plain[s.start : s.end]: str(s.style) for s in shown.spans}
    assert styled["Före. "] == "dim" and styled[" Sedan."] == "dim"
    assert styled["möten"] == "reverse" and "[inga]" not in styled  # brackets stay text
    other = version_text(text, units, case, "johan", "johan")
    assert "reverse" not in {str(s.style) for s in other.spans}


async def test_three_coders_side_by_side_at_120_cycled_at_80(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "three.db"
    shutil.copy(demo_file, path)
    async with documents_screen(path, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        assert screen.coders == ["johan", "karin", "mira"]
        panes = [screen.query_one(f"#pane{n}", Static) for n in range(4)]
        assert [p.display for p in panes] == [True, True, True, False]
        headings = [str(p.render()).splitlines()[0] for p in panes[:3]]
        assert [h.split(":")[0] for h in headings] == [
            "[1] takes johan's",
            "[2] takes karin's",
            "[3] takes mira's",
        ]
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
        assert first[0].startswith("[1] takes johan's") and "([v] shows" in first[1]
        # the hidden version is named with what it coded, not only counted (eyes12's five)
        heading = " ".join(str(panes[1].render()).split())
        current = screen._current()
        assert current is not None
        mira = screen.short_codes(current.case.versions["mira"])
        assert mira != "–" and f"([v] shows mira: {mira})" in heading
        await pilot.press("v")
        await pilot.pause()
        shown = [str(p.render()).splitlines()[0].split(":")[0] for p in panes[:2]]
        assert shown == ["[3] takes mira's", "[1] takes johan's"]
    with Project.open(path) as project:
        view = next(v for v in project.cases() if v.case.id == case.id)
        assert view.verdict == "accept:mira"
        got = [(c.start, c.end) for c in project.codings(layer="consensus")]
        assert got == list(case.versions["mira"].all_spans())


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
    async with documents_screen(path, "lena", size=(160, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        assert screen.coders == ["johan", "karin", "mira", "ola"]
        panes = [screen.query_one(f"#pane{n}", Static) for n in range(4)]
        assert all(p.display for p in panes)
        assert str(panes[3].render()).startswith("[4] takes ola's")
        await pilot.press("4", *"ola's reading", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert screen.views[0].verdict == "accept:ola"


async def test_the_counted_team_is_said_in_swedish(demo_file: Path, tmp_path: Path) -> None:
    """The Swedish filter line said "3 coders, 6 of 15 documents" in English."""
    path = tmp_path / "sv.db"
    shutil.copy(demo_file, path)
    async with documents_screen(path, "lena", "sv", size=(120, 40)) as (pilot, app, _):
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

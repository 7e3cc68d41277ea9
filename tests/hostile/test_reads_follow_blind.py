"""Every read that names its reader follows one rule: blind, a coder reads her own work;
after ``team unblind``, everyone's (review31).

After unblind, ``Project.codings(viewer=karin)`` still kept karin to her own codings, so
``report query X --of johan`` by karin was refused as blind while ``report quotes`` and
``export codings`` showed every coder's; her passages, queries, themes and memo list were
hers alone too. Now ``reads_only`` decides every such read, and what she may *change* (the
coding screen's marks, ``mine``) stays her own either way. Each path is checked in both
phases on the real demo (lena lead, johan and karin coders).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError

pytestmark = pytest.mark.slow

CODE = "long_term_economics"  # coded by johan and karin in the demo
PHASES = ["blind", "unblind"]


def _phase(demo: Path, phase: str) -> Path:
    """The demo with a memo by johan on one of his codings, blind or unblinded by lena."""
    with Project.open(demo).act_as("lena") as lena:
        johans = lena.codings(code=CODE, coder="johan")[0]
        lena.add_memo("coding", johans.id, "johan", "why I read this as economics")
        if phase == "unblind":
            lena.set_blind(False)
    return demo


def _seen(phase: str) -> set[str]:
    return {"karin"} if phase == "blind" else {"karin", "johan"}


@pytest.mark.parametrize("phase", PHASES)
def test_codings_she_may_read(demo: Path, phase: str) -> None:
    with Project.open(_phase(demo, phase)).act_as("karin") as karin:
        coders = {c.coder for c in karin.codings(code=CODE, viewer="karin")}
        assert coders == _seen(phase)
        # the view of the store and the named reader agree (quotes, exports read the view)
        assert {c.coder for c in karin.codings(code=CODE)} == coders
        assert set(karin.report_quotes(per_code=100)["coder"]) >= coders


@pytest.mark.parametrize("phase", PHASES)
def test_a_colleagues_codings_by_name(demo: Path, phase: str) -> None:
    with Project.open(_phase(demo, phase)).act_as("karin") as karin:
        if phase == "blind":
            with pytest.raises(ValidationError, match="karin sees only their own codings"):
                karin.codings(coder="johan", viewer="karin")
        else:
            found = karin.codings(code=CODE, coder="johan", viewer="karin")
            assert found and {c.coder for c in found} == {"johan"}


@pytest.mark.parametrize("phase", PHASES)
def test_retrieved_passages(demo: Path, phase: str) -> None:
    with Project.open(_phase(demo, phase)).act_as("karin") as karin:
        passages = karin.retrieve(CODE, "karin")
        assert {p.coding.coder for p in passages} == _seen(phase)


@pytest.mark.parametrize("phase", PHASES)
def test_coding_query_of_a_colleague(demo: Path, phase: str) -> None:
    with Project.open(_phase(demo, phase)).act_as("karin") as karin:
        if phase == "blind":
            with pytest.raises(ValidationError, match="blind coding"):
                karin.query_codings([CODE], "karin", coder="johan")
        else:
            found = karin.query_codings([CODE], "karin", coder="johan")
            assert found and {p.coder for p in found} == {"johan"}


@pytest.mark.parametrize("phase", PHASES)
def test_report_query_of_a_colleague_on_the_cli(demo: Path, phase: str) -> None:
    path = _phase(demo, phase)
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    argv = ["-p", str(path), "report", "query", CODE, "--of", "johan", "-f", "csv"]
    got = runner.invoke(app, argv)
    if phase == "blind":
        assert got.exit_code == 1, got.output
        assert got.stderr.startswith("error: blind coding: karin sees only their own codings")
        assert got.stderr.count("\n") == 1
    else:
        assert got.exit_code == 0, got.output
        rows = got.stdout.strip().splitlines()[1:]
        assert rows and all(",johan," in row for row in rows)


@pytest.mark.parametrize("phase", PHASES)
def test_theme_counts(demo: Path, phase: str) -> None:
    path = _phase(demo, phase)
    with Project.open(path) as everyone:
        mine = len(everyone.codings(coder="karin", layer="coder"))
        team = len(everyone.codings())
    with Project.open(path).act_as("karin") as karin:
        counted = sum(view.codings for view in karin.themes("karin"))
    assert counted == (mine if phase == "blind" else team)


@pytest.mark.parametrize("phase", PHASES)
def test_memo_list(demo: Path, phase: str) -> None:
    with Project.open(_phase(demo, phase)).act_as("karin") as karin:
        authors = {view.memo.author for view in karin.memo_list("karin")}
        memos = {m.author for m in karin.memos()}
    assert authors == memos == (set() if phase == "blind" else {"johan"})


@pytest.mark.parametrize("phase", PHASES)
def test_word_frequencies_of_a_code(demo: Path, phase: str) -> None:
    path = _phase(demo, phase)
    with Project.open(path).act_as("karin") as karin:
        counts = karin.word_frequencies(code=CODE, viewer="karin", top=10_000)
    with Project.open(path).act_as("lena") as lena:
        everyone = lena.word_frequencies(code=CODE, viewer="lena", top=10_000)
    assert (counts == everyone) is (phase == "unblind")


@pytest.mark.parametrize("phase", PHASES)
def test_what_she_may_change_stays_her_own(demo: Path, phase: str) -> None:
    """The coding screen's marks (what m, e, x and d act on) are hers in both phases."""
    path = _phase(demo, phase)
    with Project.open(path).act_as("karin") as karin:
        doc = karin.codings(code=CODE, coder="karin")[0].document_id
        assert {c.coder for c in karin.codings(doc, mine="karin")} == {"karin"}
        assert karin.codings(doc, layer="consensus", mine="karin") == []
    with Project.open(path).act_as("lena") as lena:
        assert {c.coder for c in lena.codings(doc, mine="lena")} >= {"karin", "johan"}

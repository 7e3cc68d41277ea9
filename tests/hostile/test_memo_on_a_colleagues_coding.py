"""A coder's memo on a colleague's coding, written while the team was unblinded (red team 16).

At the reconciliation meeting the lead unblinds; karin writes a memo on johan's coding. The
lead runs `team blind` for the next round. johan's coding is hidden from karin again, and
looking it up for her memo list failed the whole list: `memo list --grep` answered only
"no coding ... among karin's (blind coding)" and the TUI's memo list (N) closed the app.
Her memos are all listed again; the one on johan's coding keeps its text and shows no
passage, document or code of his.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def _memo_on_johans_coding(blind_team: tuple[Project, str]) -> tuple[Path, str]:
    project, doc = blind_team
    path = Path(str(project.path))
    unit = project.units(doc)[0]
    johans = project.add_coding(doc, unit.start, unit.end, "integration", "johan")
    project.close()
    with Project.open(path).act_as("lena") as lena:
        lena.set_blind(False)
    with Project.open(path).act_as("karin") as karin:
        karin.add_memo("coding", johans.id, "karin", "Hans läsning av belastningen")
        karin.add_memo("document", doc, "karin", "Min egen anteckning om belastning")
    with Project.open(path).act_as("lena") as lena:
        lena.set_blind(True)
    return path, johans.id


def test_the_memo_list_holds_the_memo_without_the_colleagues_passage(
    blind_team: tuple[Project, str],
) -> None:
    path, johans = _memo_on_johans_coding(blind_team)
    with Project.open(path).act_as("karin") as karin:
        views = karin.memo_list("karin", "belastning")
        assert [v.memo.text for v in views] == [
            "Min egen anteckning om belastning",
            "Hans läsning av belastningen",
        ]
        on_his = views[1]
        assert (on_his.document, on_his.start, on_his.code) == (None, None, None)
        assert on_his.excerpt == ""
    with Project.open(path).act_as("lena") as lena:  # the lead still sees where it leads
        view = next(v for v in lena.memo_list("lena") if v.memo.target_id == johans)
        assert view.code == "integration" and view.excerpt


def test_memo_list_grep_answers_for_the_coder(blind_team: tuple[Project, str]) -> None:
    path, _ = _memo_on_johans_coding(blind_team)
    got = CliRunner().invoke(
        app, ["-p", str(path), "memo", "list", "--grep", "läsning"], env={"QUALCODE_CODER": "karin"}
    )
    assert got.exit_code == 0, got.stderr
    assert "Hans läsning av belastningen" in got.stdout

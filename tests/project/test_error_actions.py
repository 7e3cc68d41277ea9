"""A service message names what mends it in words both faces can show; the CLI adds its
command. The TUI showed "until a lead runs `qualcode team unblind`", "add one with
`qualcode coder add NAME`" and the like: commands its user cannot type anywhere."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.cli.said import said
from qualcode.errors import QualcodeError
from tests.conftest import team_project


def _refused(act: Callable[[], object]) -> QualcodeError:
    with pytest.raises(QualcodeError) as told:
        act()
    return told.value


@pytest.fixture
def team(tmp_path: Path) -> Project:
    """lena leads, karin and johan code; karin coded the document's first unit."""
    made, doc = team_project(tmp_path / "p.db")
    unit = made.units(doc)[0]
    made.act_as("karin")
    made.add_coding(doc, unit.start, unit.end, "mission", "karin")
    made.act_as("lena")
    yield made
    made.close()


def test_messages_name_actions_in_words_and_the_cli_adds_the_command(team: Project) -> None:
    refused = {
        "unknown coder 'maja'; add them to the project's coders first": (
            _refused(lambda: team.coder("maja")),
            "`qualcode coder add maja`",
        ),
        "no document 'saknas'": (
            _refused(lambda: team.document("saknas")),
            "see `qualcode docs list`",
        ),
        "no coding 'zzzz'": (_refused(lambda: team.coding("zzzz")), "see `qualcode code list`"),
        "code 'mission' has 1 coding; merge it into another code instead": (
            _refused(lambda: team.delete_code("mission")),
            "`qualcode codebook merge`",
        ),
        "lena is the only lead; make someone else a lead first": (
            _refused(lambda: team.set_role("lena", "coder")),
            "`qualcode coder role NAME lead`",
        ),
        "no consensus codings yet in the counted documents: nothing to compare before and "
        "after; reconcile first: confirm the coders' agreements or decide the cases": (
            _refused(lambda: team.agreement(bootstrap=0, layer="consensus", viewer="lena")),
            "`qualcode reconcile confirm`, `qualcode reconcile decide`",
        ),
    }
    team.act_as("karin")
    words = "blind coding: karin cannot see the team's progress until a lead turns blind coding off"
    refused[words] = (_refused(team.progress), "`qualcode team unblind`")
    for words, (error, command) in refused.items():
        assert str(error) == words
        assert said(error) == f"{words} ({command})"


def test_a_team_of_one_is_told_to_add_a_coder_and_the_action_crosses_processes(
    tmp_path: Path,
) -> None:
    with Project.create(tmp_path / "p.db") as alone:
        alone.add_coder("lena", role="lead")
        alone.act_as("lena")
        error = _refused(lambda: alone.team_scope())
    assert str(error) == "a team report needs at least two coders; add one to the project's coders"
    assert said(error).endswith("coders (`qualcode coder add NAME`)")
    again = pickle.loads(pickle.dumps(error))  # the TUI's helper processes send errors so
    assert (type(again), str(again), said(again)) == (type(error), str(error), said(error))
    plain = _refused(lambda: Project.create(tmp_path / "q.db").document("x"))
    assert pickle.loads(pickle.dumps(plain)).action == ("list_documents",)


def test_cli_only_messages_leave_their_command_to_the_cli(team: Project, tmp_path: Path) -> None:
    """A folder given to import, a coder's copy asked for a lead, a sheet naming no
    document, a codebook exported under a REFI-QDA name: each message named the CLI's
    command in the service's words (loose17); the CLI adds it now."""
    from qualcode.ingest import read_document

    folder = tmp_path / "intervjuer"
    folder.mkdir()
    sheet = tmp_path / "attrs.csv"
    sheet.write_text("file,municipality\nsaknas.txt,Åby\n", encoding="utf-8")
    refused = {
        "intervjuer: is a folder; name its files instead": (
            _refused(lambda: read_document(folder)),
            f"qualcode import {folder}/*.docx {folder}/*.txt ...",
        ),
        "lena is a lead; a coder's copy is for a coder: add one": (
            _refused(lambda: team.handout("lena", tmp_path / "h.db")),
            "`qualcode coder add NAME`",
        ),
        "attrs.csv: 'saknas.txt' is no document in this project": (
            _refused(lambda: team.load_attribute_sheet(sheet, "lena")),
            "see `qualcode docs list`",
        ),
    }
    for words, (error, command) in refused.items():
        assert str(error) == words
        assert said(error) == f"{words} ({command})"
    qdc = _refused(lambda: team.export_codebook(tmp_path / "book.qdc"))
    assert "qualcode " not in str(qdc)
    assert said(qdc).endswith("nothing written (`qualcode export qdc`)")

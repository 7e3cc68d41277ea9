"""A case's id is printed at one length everywhere (``shown_case``): `reconcile list`
printed 8 characters ("dd76726a") and its refusals all 10 ("case dd76726a76 ..."), so the
id a lead searched the list for was not there (minor46c)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.reconcile import shown_case
from tests.cli.cli_kit import cli_run
from tests.project.coder_label_kit import two_speakers_coded


def _case(path: Path) -> str:
    """karin and johan code one passage, each with her own end, both done: one case."""
    with Project.create(path) as project:
        two_speakers_coded(project, ("karin", "johan"), {"karin": 50, "johan": 20})
        return project.cases()[0].case.id


def test_the_list_and_its_refusals_print_one_id(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    case = _case(path)
    printed = shown_case(case)
    assert len(printed) == 8 and len(case) == 10
    code, listed, _ = cli_run(path, "lena", "reconcile", "list")
    assert code == 0 and printed in listed and case not in listed
    said = []
    for args in (
        (
            "decide",
            printed,
            "--verdict",
            "accept:maja",
            "--rationale",
            "läst",
        ),  # no coder of the case
        ("decide", printed, "--verdict", "agree", "--rationale", "läst"),  # a disagreement
        ("reopen", printed, "--reason", "igen"),  # nothing decided to reopen
    ):
        code, _, err = cli_run(path, "lena", "reconcile", *args)
        assert code != 0, args
        said.append(" ".join(err.split()))
    for line in said:
        assert f"case {printed} " in line and case not in line, line
    with Project.open(path) as project:
        assert project.case(case).verdict is None  # nothing written


def test_the_agenda_prints_the_id_the_list_prints(tmp_path: Path) -> None:
    """The reconciliation agenda a team reads before its meeting named each case by its
    10-character id, while the list and every refusal print 8: a lead typing the agenda's
    id into `decide` was fine (a prefix), one searching the list for it found nothing."""
    path = tmp_path / "p.db"
    case = _case(path)
    out = tmp_path / "agenda.md"
    code, _, err = cli_run(path, "lena", "reconcile", "agenda", "-o", str(out))
    assert code == 0, err
    agenda = out.read_text(encoding="utf-8")
    assert shown_case(case) in agenda and case not in agenda

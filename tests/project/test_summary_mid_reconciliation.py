"""What a lead's reports and theme summary are of while reconciliation is under way.

The consensus holds only what the lead has decided or confirmed so far: after one decided
case the demo's lead opened reports on the consensus and `export summary` wrote a summary
of one passage (eyes40). Until every disagreement case is decided and every agreement
confirmed, the default is all coders' codings, and the summary's scope line says how far
reconciliation has come; once it is finished, the consensus."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def decide_one(project: Project) -> None:
    """The lead decides one presence case of the demo."""
    case = next(v.case for v in project.cases() if v.case.kind == "presence")
    project.decide(case.id, "union", "both readings hold", "lena")


def reconcile_all(project: Project) -> None:
    """The lead confirms the agreements and decides every open disagreement case."""
    project.confirm_agreements("lena")
    for view in project.cases(open_only=True):
        project.decide(view.case.id, "union", "both readings hold", "lena")


def layer_line(path: Path) -> str:
    """The scope line of a Markdown summary: what its counts are of."""
    return next(line for line in path.read_text("utf-8").splitlines() if "Layer" in line)


def test_one_decided_case_leaves_the_summary_on_all_coders(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        decide_one(project)
        assert project.report_layer("lena") == "coder"
        assert project.report_layer_note("lena").startswith("; reconciliation under way: 1 of")
        assert project.report_layer_note("karin") == ""  # a coder's reports are her own
        open_cases, unconfirmed = project.still_open()
        assert open_cases and unconfirmed
        target = tmp_path / "summary.md"
        project.export_summary(target, viewer="lena")
    line = layer_line(target)
    assert line.startswith("*Layer: all coders; reconciliation under way: 1 of ")
    assert f"1 of {open_cases + 1} disagreement cases decided" in line
    assert f"{unconfirmed} passages the coders agreed on not yet confirmed" in line
    assert "the consensus is used once all are decided and confirmed" in line


def test_the_swedish_scope_line_says_it_too(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        decide_one(project)
        target = tmp_path / "sammanfattning.md"
        project.export_summary(target, lang="sv", viewer="lena")
    text = target.read_text("utf-8")
    assert "alla kodare; avstämning pågår: 1 av " in text
    assert "konsensus används när alla är avgjorda och bekräftade" in text


def test_a_finished_reconciliation_gives_the_consensus(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        reconcile_all(project)
        assert project.still_open() == (0, 0)
        assert project.report_layer("lena") == "consensus"
        assert project.report_layer_note("lena") == ""
        target = tmp_path / "summary.md"
        project.export_summary(target, viewer="lena")
    assert layer_line(target) == "*Layer: consensus*"


def test_decided_cases_without_confirmed_agreements_are_not_finished(demo: Path) -> None:
    """Every disagreement decided, the passages the coders agreed on left out: the
    consensus lacks those, so it is not what a summary is of yet."""
    with Project.open(demo) as project:
        project.act_as("lena")
        for view in project.cases(open_only=True):
            project.decide(view.case.id, "union", "both readings hold", "lena")
        assert project.still_open()[0] == 0
        assert project.report_layer("lena") == "coder"
        progress = project.reconciling()
        assert progress is not None and progress.open == 0 and progress.unconfirmed > 0


def test_the_cli_says_whose_codings_its_summary_is_of(demo: Path, tmp_path: Path) -> None:
    """`export summary` without --layer tells the lead, on writing, that it is of all
    coders' codings and why, where she expected the consensus."""
    from typer.testing import CliRunner

    from qualcode.cli import app

    with Project.open(demo) as project:
        project.act_as("lena")
        decide_one(project)
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    target = tmp_path / "s.md"
    got = runner.invoke(app, ["-p", str(demo), "export", "summary", "-o", str(target)])
    assert got.exit_code == 0, got.output
    assert "note: of all coders' codings; reconciliation under way: 1 of " in got.stderr
    chosen = runner.invoke(
        app,
        ["-p", str(demo), "export", "summary", "-o", str(target), "--force", "--layer", "coder"],
    )
    assert chosen.exit_code == 0, chosen.output
    assert "reconciliation under way" not in chosen.stderr  # she chose it: nothing to explain

"""Reconciling the default team on one document counts the coders who finished it.

Four coders finished ip2; omar began ip3 (in progress, one passage coded) while karin,
johan and sara finished it. `reconcile list --doc ip3` counted omar's half-done version:
his one passage was a case to decide and every passage the three coded alike was a
"presence" disagreement ("omar: –") where he had not got to yet (lead33). A lead who names
the coders (``--coders``) still counts whom she names who began it (lead32's rule).
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import team_project

TEXT = (
    "R: Nämnden frågade oss om uppdraget i våras. Efter mötet blev det lugnare. "
    "Sedan kom sommaren och alla var borta. Uppdraget kom tillbaka i höstas.\n"
)
FINISHERS = {"johan", "karin", "sara"}


def _study(path: Path) -> tuple[str, str]:
    project, _ = team_project(path)
    with project:
        ip2, ip3 = (
            project.import_text(f"ip{i}.txt", TEXT + f"I: Tack, nummer {i}.\n", lang="sv").id
            for i in (2, 3)
        )
        project.add_coder("sara")
        project.add_coder("omar")
        for coder in ("karin", "johan", "sara", "omar"):
            project.act_as(coder)
            for doc in (ip2, ip3):
                if coder == "omar" and doc == ip3:
                    last = project.units(doc)[3]
                    project.add_coding(doc, last.start, last.end, "mission", coder)
                    project.set_status(doc, coder, "in_progress")
                    continue
                first = project.units(doc)[0]
                project.add_coding(doc, first.start, first.end, "mission", coder)
                project.set_status(doc, coder, "done")
        return ip2, ip3


def test_one_document_counts_those_who_finished_it(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    ip2, ip3 = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        here = project.cases(None, [ip3], include_agreements=True)
        assert [v.case.kind for v in here] == ["agreement"]  # omar's passage is no case
        assert set(here[0].case.versions) == FINISHERS
        found = project.case(here[0].case.id)  # decide and comment find it alike
        assert set(found.case.versions) == FINISHERS
        assert project.confirm_agreements("lena", None, [ip3]) == 1
        both = project.cases(None, [ip2, ip3], include_agreements=True)
        on_ip2 = [v.case for v in both if v.case.document_id == ip2]
        assert [set(c.versions) for c in on_ip2] == [FINISHERS | {"omar"}]
        named = project.cases(["karin", "johan", "sara", "omar"], [ip3])
    assert len(named) == 2  # named, he counts where he began: his passage and theirs


def test_the_cli_lists_one_document_among_those_who_finished_it(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    result = CliRunner().invoke(
        app,
        ["-p", str(path), "--coder", "lena", "reconcile", "list", "--doc", "ip3", "--agreements"],
    )
    assert result.exit_code == 0, result.output
    assert "omar" not in result.stdout.split("\n", 1)[1]  # no version of his, no case
    assert "johan, karin, sara: mission" in result.stdout  # the three, one reading


def test_the_cli_says_whose_version_is_not_in_the_cases(tmp_path: Path) -> None:
    """'Counted: 5 coders' above ip3's cases of three versions: the list says who is not
    there (dag finished ip2 only, omar began ip3)."""
    path = tmp_path / "p.db"
    _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        project.add_coder("dag")
        project.act_as("dag")
        project.set_status("ip2", "dag", "done")
    result = CliRunner().invoke(
        app, ["-p", str(path), "--coder", "lena", "reconcile", "list", "--doc", "ip2,ip3"]
    )
    assert result.exit_code == 0, result.output
    said = "Not in these cases: dag (not started ip3.txt); omar (not finished ip3.txt)"
    assert said in result.stderr
    whole = CliRunner().invoke(app, ["-p", str(path), "--coder", "lena", "reconcile", "list"])
    assert "Not in these cases" not in whole.stderr  # every counted coder finished these


def test_agreement_on_chosen_documents_leaves_out_the_unfinished(tmp_path: Path) -> None:
    """`agree --docs ip2,ip3` rated omar's half-done ip3 as passages left uncoded (alpha
    below 1 where every finished coding agrees); they are missing, and the paragraph says
    he did not finish it. Of the chosen documents he finished none, he is not counted."""
    path = tmp_path / "p.db"
    ip2, ip3 = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        report = project.agreement(docs=[ip2, ip3])
        alone = project.agreement(docs=[ip3])
    assert report.overall().alpha == 1.0
    assert report.unfinished == {"omar": ["ip3.txt"]} and report.missing == {}
    assert "omar did not finish ip3.txt" in report.methods_paragraph("en")
    assert "omar kodade inte klart ip3.txt" in report.methods_paragraph("sv")
    assert set(alone.coders) == FINISHERS  # omar finished none of them: not counted


def test_the_agenda_says_whose_version_is_not_in_its_cases(tmp_path: Path) -> None:
    """The agenda's 'Counted: 4 coders' stood above ip3's cases of three versions."""
    path = tmp_path / "p.db"
    ip2, ip3 = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        project.write_agenda(tmp_path / "a.md", None, [ip2, ip3], viewer="lena")
        project.write_agenda(tmp_path / "s.md", None, [ip2, ip3], viewer="lena", lang="sv")
    english = (tmp_path / "a.md").read_text(encoding="utf-8")
    swedish = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "(as chosen). Not in these cases: omar (not finished ip3.txt)" in english
    assert "Inte med i dessa fall: omar (inte kodat klart ip3.txt)" in swedish


def test_the_swedish_agenda_counts_within_the_set(tmp_path: Path) -> None:
    """Its scope line counted the whole project's documents ('1 av 3') for a set of one."""
    path = tmp_path / "p.db"
    ip2, _ = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        project.make_document_set("first", "lena", [ip2])
        project.write_agenda(tmp_path / "s.md", lang="sv", doc_set="first", viewer="lena")
    swedish = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "4 kodare (johan, karin, omar, sara), 1 av 1 dokument" in swedish

"""A summary of the coders chosen (--coders, the reports screen's t) counts the cases still
open among them, not among the default team (eyes31).

With a fourth coder who finished only another document, the default team shares no
document, so the summary of the three said 'No disagreement case is left open' under a
methods paragraph that named the cases still undecided among them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MISSION_TEXT, code_apart, team_project


def test_the_open_cases_are_counted_among_the_coders_chosen(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        other = project.import_text("ip2.txt", MISSION_TEXT.replace("nämnden", "chefen"), lang="sv")
        project.add_coder("mira")
        project.act_as("mira")
        project.set_status(other.id, "mira", "done")  # mira never finished ip1
        code_apart(project, doc)  # karin and johan: two open cases on ip1
        project.act_as("lena")
        first = project.cases(["karin", "johan"])[0]
        project.decide(
            first.case.id, "accept:karin", "as karin read it", "lena", coders=["karin", "johan"]
        )
        target = project.export_summary(tmp_path / "s.md", coders=["karin", "johan"], viewer="lena")
        text = target.read_text(encoding="utf-8")
    assert "Disagreement cases still open: 1" in text
    assert "No disagreement case is left open" not in text

"""Coders listed in the order they are printed, not in their real names' order (order46).

karin joined before johan, so the key's labels are "Kodare B" (karin) and "Kodare C"
(johan); every report listed the coders by real name, "Kodare C, Kodare B", which read
oddly in a paper and told a reader that Kodare C's real name came first in the alphabet.
A lead reading real names keeps them in the name order, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.coder_pseudonyms import in_printed_order, printed_order
from tests.project.coder_label_kit import two_speakers_coded

# Karin and Johan speak (TWO_SPEAKERS): both on the participants' key, so coders karin and
# johan are labelled, in the order they joined (lena first: "Kodare A"), and so mira is
# too: once one coder is labelled, every coder is (user49)
LISTED = ["Kodare B", "Kodare C", "Kodare D"]  # karin, johan, mira as printed, in that order


def _team(project: Project) -> str:
    """karin, johan and mira code one passage, each with her own end, all done."""
    return two_speakers_coded(
        project, ("karin", "johan", "mira"), {"karin": 50, "johan": 20, "mira": 35}
    )


def test_the_rule_orders_labels_by_letter_and_number() -> None:
    shown = {"a": "Kodare AA", "b": "Kodare B", "c": "Kodare 10", "d": "Kodare 2", "e": "ada"}
    assert in_printed_order("abcde", shown.__getitem__) == ["e", "b", "d", "c", "a"]
    # every coder by her own name: the order given (by name, or as the lead typed them)
    assert in_printed_order(["mira", "karin"], lambda name: name) == ["mira", "karin"]
    assert printed_order("Coder Z") < printed_order("Coder AA") < printed_order("Coder AB")


def test_the_agreement_lists_coders_as_printed(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        report = project.agreement(bootstrap=0, lang="sv")
        real = project.agreement(bootstrap=0, lang="sv", real_names=True, viewer="lena")
    assert report.coders == LISTED
    assert report.scope.startswith("3 coders (Kodare B, Kodare C, Kodare D)"), report.scope
    pairs = [r.coders for r in report.rows if r.scope == "pair"]
    assert pairs == [("Kodare B", "Kodare C"), ("Kodare B", "Kodare D"), ("Kodare C", "Kodare D")]
    assert [r.coders for r in report.rows if r.scope == "coder"] == [(c,) for c in LISTED]
    assert "3 kodare (Kodare B, Kodare C, Kodare D)" in report.methods_paragraph("sv")
    assert real.coders == ["johan", "karin", "mira"]  # the lead's real names: by name
    # the figures are the same: only the order of the rows changed
    printed = dict(zip(["karin", "johan", "mira"], LISTED, strict=True))

    def figures(rows: list, names: dict[str, str]) -> dict:
        return {
            (r.scope, r.code, frozenset(names.get(c, c) for c in r.coders)): (
                r.percent,
                r.cohen,
                r.alpha,
            )
            for r in rows
        }

    assert figures(report.rows, {}) == pytest.approx(figures(real.rows, printed), nan_ok=True)


def test_frequencies_and_crosstab_by_coder_list_coders_as_printed(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        counted = project.report_frequencies(["coder"], names_in="sv")
        table = project.report_crosstab("coder", names_in="sv")
        real = project.report_crosstab("coder", real_names=True, viewer="lena")
    assert list(counted["coder"]) == LISTED
    assert [c for c in table.columns if c != "total"] == LISTED
    assert [c for c in real.columns if c != "total"] == ["johan", "karin", "mira"]


def test_the_agenda_lists_coders_and_their_versions_as_printed(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        project.write_agenda(tmp_path / "a.md", viewer="lena", lang="sv")
    lines = (tmp_path / "a.md").read_text(encoding="utf-8").splitlines()
    assert any("(Kodare B, Kodare C, Kodare D)" in line for line in lines), lines[:3]
    versions = [line.split("**")[1] for line in lines if line.startswith("- **")]
    assert versions == LISTED, versions


def test_the_audit_and_the_summary_list_coders_as_printed(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        case = project.cases()[0].case.id
        project.decide(case, "union", "läst", "lena", participants=["mira", "johan", "karin"])
        project.export_codings(tmp_path / "c.csv", viewer="lena", force=True)
        entry = project.audit("export.codings", viewer="lena")[-1]
        summary = project.export_summary(
            tmp_path / "s.md", viewer="lena", lang="sv", layer="consensus", appendix=True
        )
    assert entry.payload["coders"] == ["Kodare B", "Kodare C", "Kodare D", "lena"]  # lena decided
    row = next(line for line in summary.read_text().splitlines() if "| läst |" in line)
    assert "Kodare B, Kodare C, Kodare D" in row, row

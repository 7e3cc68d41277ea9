"""The methods page says how the disagreements were settled, beside the coefficients.

eyes36, as a lead of five coders: two disagreed with the others on boundaries only; the
lead decided the four cases in reconciliation and confirmed the agreements. The methods
paragraph on the agreement tab (and `qualcode agree`) gave the coefficient, the units and
the coders, and not a word of how the disagreements were settled, which is the reviewer's
next question; only the theme summary's own reconciliation section said it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.project import case_views
from qualcode.store.codings import CodingRepo
from qualcode.store.decisions import DecisionRepo
from tests.conftest import team_project

TALK = (
    "I: Hur var våren?\n"
    "R: Vi fick en ny rutin för hembesök. Den kom efter flera tillbud. "
    "Nu åker vi två och två. Ingen behöver sitta ensam med svåra beslut längre.\n"
)


def _boundary_case(path: Path) -> str:
    """karin codes the answer's last three sentences, johan its last two (boundaries
    apart, the same code); both done. The document's id is returned."""
    project, doc = team_project(path, document=("varen.txt", TALK))
    units = project.units(doc)
    for coder, first in (("karin", 2), ("johan", 3)):
        project.act_as(coder)
        project.add_coding(doc, units[first].start, units[-1].end, "mission", coder)
        project.set_status(doc, coder, "done")
    project.close()
    return doc


def _decided(path: Path, verdict: str, why: str) -> Project:
    """``_boundary_case`` decided by lena (``verdict``, for the reason ``why``): the project
    open, lena acting. The caller closes it."""
    _boundary_case(path)
    project = Project.open(path)
    project.act_as("lena")
    (case,) = project.cases()
    project.decide(case.case.id, verdict, why, "lena")
    return project


def test_a_decided_case_is_said_after_the_methods_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _boundary_case(path)
    with Project.open(path) as project:
        project.act_as("lena")
        before = project.agreement()
        # nothing decided yet: the page is the paragraph, as it was
        assert before.methods_page("en") == before.methods_paragraph("en")
        (case,) = project.cases()
        assert case.case.kind == "boundary"
        project.decide(case.case.id, "accept:karin", "the routine's cause belongs", "lena")
        report = project.agreement()
    en, sv = report.methods_page("en"), report.methods_page("sv")
    assert en.startswith(report.methods_paragraph("en") + "\n\n")
    assert "In reconciliation, lena decided 1 disagreement case (accept karin's: 1)." in en
    assert "No disagreement case is left open." in en
    assert "rationale" in en  # where each decision's reasons are kept, for the paper
    assert sv.startswith(report.methods_paragraph("sv") + "\n\n")
    assert "Vid avstämningen avgjorde lena 1 fall" in sv


def test_agree_prints_how_the_cases_were_settled(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with _decided(path, "union", "both boundaries hold") as project:
        project.set_pseudonym("lena", "Ledare A", "lena", kind="person")
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(path), "agree"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    # through the pseudonym key, as the paragraph's coders are
    assert "In reconciliation, Ledare A decided 1 disagreement case (union: 1)." in out
    assert "lena" not in out.split("In reconciliation")[1]


def test_nothing_is_said_of_settling_before_a_consensus_layer(tmp_path: Path) -> None:
    """A lead who has only rejected a case has no consensus layer yet: `agree` among the
    coders said "In reconciliation, lena decided 1 disagreement case (reject: 1) ... the
    consensus does not cover them yet" under figures no reconciliation touched (small37)."""
    path = tmp_path / "p.db"
    with _decided(path, "reject", "neither boundary holds") as project:
        report = project.agreement()
        assert not project.codings(layer="consensus")
    assert report.methods_page("en") == report.methods_paragraph("en")
    assert report.methods_page("sv") == report.methods_paragraph("sv")
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(path), "agree"])
    assert result.exit_code == 0, result.output
    assert "In reconciliation" not in result.stdout and "settled" not in result.stdout


def test_the_page_reads_the_codings_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The open cases and the unconfirmed agreements were counted by two readings of every
    coding in the counted documents: on 1,000 documents `agree` took 6.7 s CPU once a case
    was decided, against 1.3 s before. The coefficients and both counts now share one
    reading of the spans, and no case is aligned as a ``Case`` but the decided one (for
    its digest): 3.9 s there became 1.3 s."""
    with _decided(tmp_path / "p.db", "accept:karin", "the routine's cause belongs") as project:
        readings: list[bool] = []
        aligned: list[int] = []
        spans = CodingRepo.rater_spans
        whole = case_views.find_cases

        def read(*args: Any, **kwargs: Any) -> Any:
            readings.append(True)
            return spans(*args, **kwargs)

        def every_case(codings: Any, *args: Any, **kwargs: Any) -> Any:
            aligned.append(len(codings))
            return whole(codings, *args, **kwargs)

        probes: list[bool] = []
        probe = CodingRepo.layer_has_codings

        def has_codings(*args: Any, **kwargs: Any) -> Any:
            probes.append(True)
            return probe(*args, **kwargs)

        decisions: list[bool] = []
        in_force = DecisionRepo.current

        def current(*args: Any, **kwargs: Any) -> Any:
            decisions.append(True)
            return in_force(*args, **kwargs)

        monkeypatch.setattr(CodingRepo, "rater_spans", read)  # the real ones run
        monkeypatch.setattr(CodingRepo, "layer_has_codings", has_codings)
        monkeypatch.setattr(DecisionRepo, "current", current)
        monkeypatch.setattr(case_views, "find_cases", every_case)
        report = project.agreement()
        # whether the consensus holds codings is read off the spans too: asked of the
        # store, a project with no consensus walked all 200k codings (0.06 s per agree)
        assert len(readings) == 1 and not aligned and not probes
        # the decisions too: read once for the page's words and the open counts (47,736
        # of them once every case is decided, 0.25 s a reading)
        assert len(decisions) == 1
        # before and after (the consensus), on the same document: nothing read again
        after = project.agreement(layer="consensus")
        assert len(readings) == 1 and not aligned
        assert project.still_open() == (project.open_cases(), project.unconfirmed_agreements())
    assert "No disagreement case is left open." in report.methods_page("en")
    assert after.open_cases == 0 and "left open" in after.methods_page("en")


def test_the_settling_words_stay_as_written_with_a_name_alike_on_the_key(
    tmp_path: Path,
) -> None:
    """The paragraph on how the cases were settled went through the key whole, its own
    words too: a name "Each" on it printed "IPX decision is kept with its rationale"
    (pseudo49). Only the leads and the versions taken, filled in, go through it."""
    path = tmp_path / "p.db"
    with _decided(path, "accept:karin", "the routine's cause belongs") as project:
        project.set_pseudonym("Each", "IPX", "lena", kind="person")
        project.set_pseudonym("lena", "Ledare A", "lena", kind="person")
        report = project.agreement()
    en = report.methods_page("en")
    assert "Each decision is kept with its rationale" in en, en
    assert "In reconciliation, Ledare A decided 1 disagreement case" in en, en
    assert "IPX" not in en and "lena" not in en.split("In reconciliation")[1]

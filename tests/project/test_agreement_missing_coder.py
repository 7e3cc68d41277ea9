"""A coder who never started a document the lead chose (``--docs``) is missing there, not
a coder who found nothing. Four coders, one of whom coded only the first of two documents:
each of her units in the second counted as "not coded", so wherever the other three coded
it her pairs disagreed and the team's alpha fell (lead32: the demo's mission-dialogue
alpha, Krippendorff's package giving 0.205 with her ratings there missing, was 0.207 and
its pooled alpha 0.44 where it is 0.50)."""

from __future__ import annotations

import math
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.agreement import metrics
from qualcode.agreement.bootstrap import bootstrap_alpha_by_unit
from qualcode.cli import app
from tests.project.team_kit import absent_coder_study


def _study(path: Path, sara_marks_second: bool = False) -> tuple[str, str]:
    """karin, johan and sara code the first document alike; karin and johan code the
    second alike; sara never opens the second (or, asked, marks it done with nothing)."""
    project, first, second = absent_coder_study(path, coded=(0, 3))
    with project:
        if sara_marks_second:
            project.act_as("sara")
            project.set_status(second, "sara", "done")
    return first, second


def test_a_coder_who_never_started_a_chosen_document_is_missing_there(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    first, second = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        units = len(project.units(first))
        report = project.agreement(["karin", "johan", "sara"], docs=[first, second])
    code = next(r for r in report.rows if r.scope == "code")
    assert code.alpha == pytest.approx(1.0) and code.percent == pytest.approx(1.0)
    assert code.fleiss == pytest.approx(1.0)
    assert report.overall().alpha == pytest.approx(1.0)
    pairs = {r.coders: r for r in report.rows if r.scope == "pair"}
    assert pairs[("karin", "sara")].units == units  # her units, not both documents'
    assert pairs[("karin", "johan")].units == 2 * units
    assert report.missing == {"sara": ["ip3.txt"]}
    assert "sara did not code ip3.txt" in report.methods_paragraph("en")
    assert "sara kodade inte ip3.txt" in report.methods_paragraph("sv")


def test_a_document_marked_done_without_codings_is_rated_as_nothing(tmp_path: Path) -> None:
    """Done with no coding is her reading: no passage of the code there, a disagreement."""
    path = tmp_path / "p.db"
    first, second = _study(path, sara_marks_second=True)
    with Project.open(path) as project:
        project.act_as("lena")
        report = project.agreement(["karin", "johan", "sara"], docs=[first, second])
    assert report.overall().alpha < 0.9 and report.missing == {}


def test_alpha_is_krippendorffs_with_the_ratings_missing(tmp_path: Path) -> None:
    """The code's alpha and its interval against the reference package on the same
    matrix, with sara's ratings of the second document as NaN; the CLI prints the note."""
    path = tmp_path / "p.db"
    first, second = _study(path)
    with Project.open(path) as project:
        project.act_as("johan")  # johan also codes the third unit of the second document
        unit = project.units(second)[2]
        project.add_coding(second, unit.start, unit.end, "mission", "johan")
        project.act_as("lena")
        n_first, n_second = len(project.units(first)), len(project.units(second))
        report = project.agreement(["karin", "johan", "sara"], docs=[first, second])
    data = np.zeros((3, n_first + n_second))  # raters karin, johan, sara
    for rater in range(3):
        data[rater, [0, 3]] = 1
    data[:2, [n_first, n_first + 3]] = 1
    data[1, n_first + 2] = 1
    data[2, n_first:] = np.nan
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    code = next(r for r in report.rows if r.scope == "code")
    assert code.alpha == pytest.approx(expected)
    assert not math.isnan(code.alpha_low) and code.alpha_low <= code.alpha_high
    got = CliRunner().invoke(
        app,
        ["-p", str(path), "agree", "--coders", "karin,johan,sara", "--docs", "ip2,ip3"],
        env={"QUALCODE_CODER": "lena"},
    )
    assert got.exit_code == 0, got.output
    assert "sara did not code ip3.txt" in got.output


def test_fleiss_kappa_with_missing_ratings_by_hand() -> None:
    """Gwet's generalisation: pa over units rated twice or more (1, 1/3, 1: 7/9), pi_1 the
    mean share of ones over rated units (7/12), chance 37/72: kappa 19/35. Rated equally
    often, it is Fleiss' kappa."""
    ratings = [[1, 1, None], [0, 0, 1], [1, None, None], [0, 0, 0]]
    assert metrics.fleiss_kappa_missing(ratings) == pytest.approx(19 / 35)
    complete = [[1, 1, 0], [0, 0, 1], [1, 1, 1], [0, 0, 0], [1, 0, 0]]
    assert metrics.fleiss_kappa_missing(complete) == pytest.approx(metrics.fleiss_kappa(complete))


def test_the_interval_with_nothing_missing_is_the_complete_one() -> None:
    """A float matrix without NaN draws exactly as the 0/1 one it equals."""
    rng = np.random.default_rng(3)
    matrices = [rng.integers(0, 2, size=(60, 3)).astype(np.int8) for _ in range(2)]
    as_float = [m.astype(float) for m in matrices]
    assert bootstrap_alpha_by_unit(as_float, 200, 0) == bootstrap_alpha_by_unit(matrices, 200, 0)
    gappy = [m.copy() for m in as_float]
    for m in gappy:
        m[:20, 2] = np.nan
    low, high = bootstrap_alpha_by_unit(gappy, 200, 0)
    assert low <= high

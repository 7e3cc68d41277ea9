"""A span verdict typed with more than it can hold (red team 40).

``reconcile decide --verdict span:S-E:CODE`` read its parts by position and dropped the
rest: 'span:40-120:mission_dialogue:integration' (a lead meaning two codes) wrote one
consensus coding of mission_dialogue and said nothing of integration, and offsets in other
digits than the listings print ('١٠٠', '1_00') were taken as numbers. Such a verdict is
refused in one line, naming the form, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.hostile_kit import refused_here, two_coders_done


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "p.db"
    two_coders_done(path)
    with Project.open(path) as project:
        project.act_as("lena")
        (found,) = [v.case for v in project.cases() if v.case.codes == ("integration",)]
    return path, found.id


@pytest.mark.parametrize(
    "verdict",
    [
        "span:200-260:integration:mission_dialogue",
        "span:200-260:integration:",
        "span:٢٠٠-٢٦٠",
        "span:2_00-260",
    ],
)
def test_a_verdict_with_more_than_a_span_and_a_code_is_refused(
    case: tuple[Path, str], verdict: str
) -> None:
    path, case_id = case
    said = refused_here(
        path,
        "reconcile",
        "decide",
        case_id,
        "--verdict",
        verdict,
        "--rationale",
        "x",
        coder="lena",
    )
    assert said.startswith("error: write the span as span:START-END or span:START-END:CODE")
    with Project.open(path) as project:
        project.act_as("lena")
        with pytest.raises(QualcodeError, match="write the span as"):
            project.decide(case_id, verdict, "x", "lena")


def test_a_span_with_its_code_is_still_decided(case: tuple[Path, str]) -> None:
    path, case_id = case
    with Project.open(path) as project:
        project.act_as("lena")
        (written,) = project.decide(case_id, "span: 200 - 300 :integration", "x", "lena")
        assert project.store.codings.resolve(written).start == 200

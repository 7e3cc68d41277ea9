"""A score given to the API out of 0..1, NaN or not a number (hostile46).

``ranked(doc, floor=nan)`` left nothing out (every comparison with NaN is false) and
``evaluate_suggestions(threshold=nan)`` counted no suggestion as made, each returned as
a result; a threshold of 5 or a string "0.5" alike. Both are refused in one line before
any engine is fitted, as ``suggest(min_score=...)`` already was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import team_project

WRONG = [float("inf"), -0.1, 5]
# no number at all: refused at the door before every public method (api_doors.py, types47)
NO_NUMBER = [float("nan"), "0.5", True]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Project, str]]:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, doc = team_project(tmp_path / "p.db")
    made.act_as("lena")
    yield made, doc
    made.close()


@pytest.mark.parametrize("value", [*WRONG, *NO_NUMBER, None], ids=repr)
def test_ranked_refuses_a_floor_that_is_no_score(
    project: tuple[Project, str], value: object
) -> None:
    made, doc = project
    if value in WRONG:
        said = r"^floor .* must be a number between 0 and 1$"
    else:
        said = r"^ranked: floor must be a number, not "
    with pytest.raises(ValidationError, match=said):
        made.ranked(doc, floor=value, semantic=False)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", WRONG + NO_NUMBER, ids=repr)
def test_evaluate_refuses_a_threshold_that_is_no_score(
    project: tuple[Project, str], value: object
) -> None:
    made, _ = project
    if value in WRONG:
        said = r"^threshold .* must be a number between 0 and 1$"
    else:
        said = r"^evaluate_suggestions: threshold must be a number or None, not "
    with pytest.raises(ValidationError, match=said):
        made.evaluate_suggestions("karin", threshold=value)  # type: ignore[arg-type]


def test_a_numpy_score_is_a_score(project: tuple[Project, str]) -> None:
    made, doc = project
    rows = made.ranked(doc, floor=np.float32(0.1), semantic=False)  # type: ignore[arg-type]
    assert isinstance(rows, list)

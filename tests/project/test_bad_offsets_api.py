"""Offsets handed to the API by scripts: strings and floats are refused, numpy ints work."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode import Project
from qualcode.errors import ValidationError


@pytest.mark.parametrize(("start", "end"), [("0", 5), (0, 5.0), (True, 5), (None, 5)])
def test_offsets_that_are_not_whole_numbers(project: Project, start: object, end: object) -> None:
    with pytest.raises(ValidationError, match=r"^add_coding: (start|end) must be a whole number"):
        project.add_coding("aby_01", start, end, "integration", "karin")  # type: ignore[arg-type]
    assert project.codings() == []


def test_numpy_offsets_from_a_frame(project: Project) -> None:
    text = project.document("aby_01").text
    start = text.index("Arbetsmiljöproblemen")
    coding = project.add_coding(
        "aby_01", np.int64(start), np.int64(start + 20), "integration", "karin"
    )
    assert (type(coding.start), coding.start, coding.end) == (int, start, start + 20)
    assert project.coding_texts([coding]) == ["Arbetsmiljöproblemen"]

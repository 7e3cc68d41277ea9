"""``Project.check_verdict``: a verdict that gives a case nothing is refused before the
lead is asked for a rationale (an intersection where some coder marked none of it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError


def test_intersection_of_a_presence_case_is_refused_and_union_is_not(demo: Path) -> None:
    with Project.open(demo) as project:
        views = project.cases()
        presence = next(v.case for v in views if v.case.kind == "presence")
        with pytest.raises(ValidationError, match="share no span"):
            project.check_verdict(presence, "intersection")
        project.check_verdict(presence, "union")
        project.check_verdict(presence, "reject")
        boundary = [v.case for v in views if v.case.kind == "boundary"]
        for case in boundary:  # every coder marked some of it: what they share stands
            project.check_verdict(case, "intersection")

"""What the team tests share: a passage found by its words, and a team project at a moment
the reconciliation tests return to (an agreement not yet confirmed beside a case the lead
has decided)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import team_project


def span_of(text: str, first: str, last: str | None = None) -> tuple[int, int]:
    """Where ``first`` begins in ``text`` to where ``last`` (else ``first``) ends."""
    return text.index(first), text.index(last or first) + len(last or first)


def agreed_and_decided(path: Path) -> tuple[Project, str]:
    """karin and johan both code the first sentence (an agreement), karin alone the second
    (a case lena decides for karin); both finished. Open, acting as lena."""
    project, doc = team_project(path)
    first, second = project.units(doc)[:2]
    for coder in ("karin", "johan"):
        project.act_as(coder)
        project.add_coding(doc, first.start, first.end, "mission", coder)
        if coder == "karin":
            project.add_coding(doc, second.start, second.end, "mission", coder)
        project.set_status(doc, coder, "done")
    project.act_as("lena")
    (case,) = project.cases()
    project.decide(case.case.id, "accept:karin", "the second sentence goes on with it", "lena")
    return project, doc

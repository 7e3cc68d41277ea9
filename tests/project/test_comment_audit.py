"""A lead noting what a coder said ("johan: ...") is the lead's act, for johan: the audit
names who was at the keyboard. It named johan, who never typed it, against the rule
that every audit entry names the acting person."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import finish_first_unit, team_project


def test_the_lead_recording_johans_words_is_audited_as_the_lead_for_johan(
    tmp_path: Path,
) -> None:
    project, doc = team_project(tmp_path / "c.db")
    with project:
        finish_first_unit(project, doc, coded_by=("karin",))
        case = project.cases()[0].case.id
        project.comment(case, "johan", "the sentence before sets it up")
        entry = project.audit()[-1]
        assert entry.action == "reconcile.comment"
        assert entry.actor == "lena" and entry.payload["for"] == "johan"
        view = next(v for v in project.cases() if v.case.id == case)
        assert [c.author for c in view.comments] == ["johan"]  # the words stay his
        project.comment(case, "lena", "agreed")
        own = project.audit()[-1]
        assert own.actor == "lena" and "for" not in own.payload

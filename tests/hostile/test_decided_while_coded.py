"""A case decided while a coder still codes its passage (red team 19).

The lead read a case (johan coded the sentence, karin nothing) and chose accept:karin,
"not about the mission"; meanwhile karin, still coding, coded it. The decision was
resolved on the versions as they stood when it was written, so the consensus took a
coding the lead never saw, under her rationale, and the case did not even show as
changed. And decide read the case before the write lock, so a coding made while it
waited was decided on as it was before. The versions are read again under the lock: a
change since the lead read the case (the TUI passes what it showed, ``seen``) is refused
in one line naming whose version changed, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import finish_first_unit, team_project
from tests.hostile.hostile_kit import racing


def _case(path: Path) -> tuple[str, str, str]:
    """johan coded the first unit, karin nothing, both done: the open case's id, its
    digest as the lead reads it, and the document."""
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, ("johan",))
        view = project.cases()[0]
        assert set(view.case.versions["karin"].codes) == set()
        return view.case.id, view.case.digest, doc


def _karin_codes(project: Project, doc: str) -> None:
    unit = project.units(doc)[0]
    project.act_as("karin", "karin").add_coding(doc, unit.start, unit.end, "mission", "karin")


def _nothing_decided(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        assert not [c for c in p.codings() if c.layer == "consensus"]
        assert not p.audit(action="reconcile.decide")


def test_a_version_changed_since_the_lead_read_it_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    case_id, seen, doc = _case(path)
    with Project.open(path) as karin:
        _karin_codes(karin, doc)
    with Project.open(path) as lena:
        lena.act_as("lena", "lena")
        with pytest.raises(ValidationError) as refused:
            lena.decide(case_id, "accept:karin", "not about the mission", "lena", seen=seen)
    said = str(refused.value)
    assert "changed since you read it" in said and "(now johan: mission, karin: mission)" in said
    assert "\n" not in said
    _nothing_decided(path)
    with Project.open(path) as lena:  # read again, the lead decides on what she sees
        lena.act_as("lena", "lena")
        fresh = lena.case(case_id).case.digest
        assert lena.decide(case_id, "accept:karin", "both coded it", "lena", seen=fresh)


def test_a_coding_made_while_decide_waits_is_not_decided_on_unread(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    case_id, _, doc = _case(path)

    def decide() -> object:
        with Project.open(path) as lena:
            lena.act_as("lena", "lena")
            return lena.decide(case_id, "accept:karin", "not about the mission", "lena")

    with Project.open(path) as karin:
        _, raised = racing(decide, karin, lambda p: _karin_codes(p, doc))
    assert isinstance(raised, ValidationError), raised
    assert "karin: mission" in str(raised)
    _nothing_decided(path)


def test_an_agreement_undone_while_confirm_waits_is_not_confirmed(tmp_path: Path) -> None:
    """reconcile confirm read the agreements before the write lock: karin taking her
    coding back meanwhile left johan's alone, and the consensus still took it as agreed."""
    path = tmp_path / "p.db"
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, ("johan", "karin"))
        hers = next(c.id for c in project.codings() if c.coder == "karin")

    def confirm() -> object:
        with Project.open(path) as lena:
            lena.act_as("lena", "lena")
            return lena.confirm_agreements("lena")

    with Project.open(path) as karin:
        karin.act_as("karin", "karin")
        confirmed, raised = racing(confirm, karin, lambda p: p.remove_coding(hers, "karin"))
    assert raised is None and confirmed == 0, (confirmed, raised)
    _nothing_decided(path)
    with Project.open(path) as lena:
        lena.act_as("lena", "lena")
        assert [v.case.kind for v in lena.cases()] == ["presence"]

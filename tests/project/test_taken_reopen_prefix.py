"""A prefix naming both a document taken from one coder and a decided case is refused.

`reconcile reopen` finds a case by a unique prefix of its id and refuses one that names
several; a document taken from one coder (08349d01) was looked for first, so a prefix
both ids began with took the document back, said only "reopened c", where the lead may
have meant the case (review50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import QualcodeError
from qualcode.project import one_coder
from tests.project.test_taken_from_one_coder import consensus_spans, team


def test_a_prefix_of_a_taken_document_and_a_decided_case_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.confirm_agreements("lena")  # the interview's agreement: a decided case
        (case,) = [d.case_id for d in project.current_decisions()]
        # the taken document's id made to begin as the case's does and part from it at
        # its fifth letter (ids are hashes)
        apart = case[:4] + ("0" if case[4] != "0" else "1") + "fffff"
        monkeypatch.setattr(one_coder, "taken_id", lambda doc_id: apart)
        taken = project.take_one_coder("plan.txt", "lena")
        before = consensus_spans(project, plan)
        with pytest.raises(QualcodeError) as refused:
            project.reopen(case[:4], "lena", "discuss again")
        said = str(refused.value)
        assert said == (
            f"'{case[:4]}' names a document taken from one coder and 1 decided case; type more"
        )
        assert consensus_spans(project, plan) == before != []
        assert len(project.current_decisions()) == 2
        project.reopen(taken.shown_id, "lena", "anna recodes it")  # the whole id: the document's
        assert project.taken_documents() == [] and consensus_spans(project, plan) == []
        assert [d.case_id for d in project.current_decisions()] == [case]

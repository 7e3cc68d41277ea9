"""The audit trail as the TUI's audit screen reads it (``Project.audit_trail``): newest
first, each entry with the document it is about (a comment names only its case), a line
without ids, the same blind rule as `qualcode audit`, and the screen's filters."""

from __future__ import annotations

import re
from pathlib import Path

from qualcode.project import filter_trail
from tests.pending_kit import suggestion_row, write_pending
from tests.project.team_kit import agreed_and_decided


def test_newest_first_each_entry_with_its_document_and_no_ids(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "p.db")
    with project:
        (case,) = project.cases()
        project.comment(case.case.id, "lena", "karin read the turn as a whole")
        trail = project.audit_trail("lena", real_names=True)
        assert [e.action for e in trail][:2] == ["reconcile.comment", "reconcile.decide"]
        comment, decision = trail[:2]
        # the comment's payload names its case alone; its document is found through it
        assert comment.document == decision.document == "ip1.txt"
        assert comment.said == "karin read the turn as a whole"
        assert decision.said.startswith("mission: accept:karin")
        assert decision.said.endswith(": the second sentence goes on with it")
        adds = [e for e in trail if e.action == "coding.add"]
        assert adds and all(e.document == "ip1.txt" for e in adds)
        assert adds[0].said.startswith("mission · ") and doc not in adds[0].said
        uuid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
        assert [e.said for e in trail if uuid.search(e.said)] == []
        times = [e.at for e in trail]  # two entries of one microsecond keep either order
        assert times == sorted(times, reverse=True)


def test_a_blind_coder_reads_only_her_own_entries(tmp_path: Path) -> None:
    project, _ = agreed_and_decided(tmp_path / "p.db")
    with project:
        project.act_as("karin")
        trail = project.audit_trail("karin")
        assert trail and {e.actor for e in trail} == {"karin"}
        assert not any("second sentence goes on" in e.said for e in trail)
        assert len(trail) == len(project.audit(viewer="karin"))


def test_the_filters_keep_who_kind_document_and_words(tmp_path: Path) -> None:
    project, _ = agreed_and_decided(tmp_path / "p.db")
    with project:
        trail = project.audit_trail("lena", real_names=True)
    johan = filter_trail(trail, actor="johan")
    assert johan and {e.actor for e in johan} == {"johan"}
    (decided,) = filter_trail(trail, kind="reconcile")
    assert decided.action == "reconcile.decide"
    assert filter_trail(trail, text="SECOND SENTENCE") == [decided]
    assert filter_trail(trail, kind="coding", document="ip1.txt", actor="karin")
    assert filter_trail(trail, document="ip2.txt") == []


def test_work_a_lead_did_for_a_coder_is_named_for_both(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "p.db")
    with project:
        project.add_code("trust", {"sv": "Tillit"})
        last = project.units(doc)[-1]
        project.add_coding(doc, last.start, last.end, "trust", "karin")  # lena, for karin
        trail = project.audit_trail("lena", real_names=True)
    done = trail[0]
    assert (done.actor, done.for_whom, done.who) == ("lena", "karin", "lena for karin")
    assert "for" not in done.said and "karin" not in done.said
    assert done in filter_trail(trail, actor="karin")
    assert done in filter_trail(trail, text="lena for karin")


def test_a_blind_coder_reads_what_a_lead_did_for_her_and_nothing_for_a_colleague(
    tmp_path: Path,
) -> None:
    """Her own work is hers whoever typed it: a coding the lead added for karin and a
    suggestion the lead accepted for her are in karin's trail (they were hidden, the
    entries' actor being lena); johan, blind too, reads neither."""
    project, doc = agreed_and_decided(tmp_path / "p.db")
    with project:
        project.add_code("trust", {"sv": "Tillit"})
        first, last = project.units(doc)[0], project.units(doc)[-1]
        project.add_coding(doc, last.start, last.end, "trust", "karin")  # lena, for karin
        (code,) = [c for c in project.store.codes.list() if c.key == "trust"]
        row = suggestion_row(doc, first.start, first.end, code.id)
        (ref,) = write_pending(project, doc, [row])
        project.accept_suggestions([ref], "karin")  # lena, for karin
        project.act_as("karin")
        karin = project.audit_trail("karin")
        assert {e.action for e in karin if e.for_whom == "karin"} == {
            "coding.add",
            "suggestion.accept",
        }
        assert {(e.actor, e.for_whom) for e in karin} == {("karin", ""), ("lena", "karin")}
        assert len(project.audit(viewer="karin")) == len(karin)
        project.act_as("johan")
        assert {e.actor for e in project.audit_trail("johan")} == {"johan"}

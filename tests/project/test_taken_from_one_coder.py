"""A document one coder finished is taken into the consensus as she coded it (user50).

Most studies double-code a subset for agreement and code the rest once; a plan anna coded
alone had no case to decide and no agreement to confirm, so the lead's summary of the
consensus left it out. The lead's act takes it in, as its own verdict with an audit entry;
it is refused where the document must be reconciled or nobody finished it, twice adds
nothing, a change to her codings makes it stale, reopening takes it back, and agreement
never counts it."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError

ROOT = Path(__file__).resolve().parents[2]
PAIR = (
    "I: Hur gick flytten?\n\nR: Vi bar lådor hela måndagen. Skrivaren kom bort på vägen. "
    "Sedan fick alla nya nycklar.\n"
)
PLAN = "Planen för förvaltningen. Vi ska minska sjuktalen. Budgeten ska hålla över tid.\n"


def team(path: Path) -> tuple[Project, str, str, str]:
    """lena leads; anna and bo code the interview alike and finish it; anna alone codes
    and finishes the plan (two passages)."""
    project = Project.create(path)
    project.load_codebook(ROOT / "codebooks" / "turning_points.yaml")
    project.add_coder("lena", role="lead")
    for name in ("anna", "bo"):
        project.add_coder(name, actor="lena")
    pair = project.import_text("flytt.txt", PAIR, lang="sv").id
    plan = project.import_text("plan.txt", PLAN, lang="sv").id
    code = project.codable_codes()[0].key
    for name in ("anna", "bo"):
        project.add_coding(pair, PAIR.index("Vi bar"), PAIR.index(" Skrivaren"), code, name)
        project.set_status(pair, name, "done")
    project.add_coding(plan, PLAN.index("Vi ska"), PLAN.index(" Budgeten"), code, "anna")
    project.add_coding(plan, PLAN.index("Budgeten"), len(PLAN) - 1, code, "anna")
    return project, pair, plan, code


def consensus_spans(project: Project, doc: str) -> list[tuple[int, int, str]]:
    return sorted(
        (c.start, c.end, c.code)
        for c in project.store.codings.list(document_ids=[doc], layer="consensus")
    )


def anna_spans(project: Project, doc: str) -> list[tuple[int, int, str]]:
    return sorted(
        (c.start, c.end, c.code)
        for c in project.store.codings.list(document_ids=[doc], layer="coder")
        if c.coder == "anna"
    )


def test_taking_writes_her_codings_into_the_consensus(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        taken = project.take_one_coder("plan.txt", "lena", "coded once, as the design says")
        assert (taken.coder, taken.codings, taken.fresh) == ("anna", 2, True)
        assert consensus_spans(project, plan) == anna_spans(project, plan)
        (decision,) = project.store.decisions.current()
        assert decision.verdict == "one:anna"
        assert decision.rationale == "coded once, as the design says"
        entry = project.store.audit.list()[-1]
        assert entry.action == "reconcile.take_one_coder"
        assert entry.payload["coder"] == "anna"
        assert entry.payload["document"] == plan
        assert entry.payload["codings"] == 2


def test_the_rationale_is_optional(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        assert project.take_one_coder(plan, "lena").rationale == "taken from one coder"


def test_taking_twice_adds_nothing(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.take_one_coder("plan.txt", "lena")
        entries = len(project.store.audit.list())
        again = project.take_one_coder("plan.txt", "lena")
        assert (again.fresh, again.codings) == (False, 2)
        assert len(project.store.audit.list()) == entries
        assert len(project.store.decisions.all()) == 1
        assert len(consensus_spans(project, plan)) == 2


@pytest.mark.parametrize(
    ("doc", "by", "said"),
    [
        ("flytt.txt", "lena", "was finished by 2 coders (anna, bo): reconcile its cases"),
        ("plan.txt", "lena", "nobody has finished 'plan.txt'"),
        ("plan.txt", "anna", "anna is not a lead; only a lead reconciles"),
    ],
)
def test_refusals_write_nothing(tmp_path: Path, doc: str, by: str, said: str) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        if by == "anna":
            project.set_status(plan, "anna", "done")
        with pytest.raises(QualcodeError) as refused:
            project.take_one_coder(doc, by)
        assert said in str(refused.value)
        assert "\n" not in str(refused.value)
        assert project.store.decisions.all() == []
        assert project.store.codings.list(layer="consensus") == []


def test_her_change_makes_it_stale_and_taking_again_replaces(tmp_path: Path) -> None:
    project, _, plan, code = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.take_one_coder("plan.txt", "lena")
        assert [t.stale for t in project.taken_documents()] == [False]
        project.add_coding(plan, 0, PLAN.index(" Vi ska"), code, "anna")
        assert [t.stale for t in project.taken_documents()] == [True]
        again = project.take_one_coder("plan.txt", "lena")
        assert (again.fresh, again.codings) == (True, 3)
        assert consensus_spans(project, plan) == anna_spans(project, plan)
        assert [t.stale for t in project.taken_documents()] == [False]
        assert len(project.store.decisions.current()) == 1


def test_a_second_coder_finishing_makes_it_stale(tmp_path: Path) -> None:
    project, _, plan, code = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.take_one_coder("plan.txt", "lena")
        project.add_coding(plan, PLAN.index("Vi ska"), PLAN.index(" Budgeten"), code, "bo")
        project.set_status(plan, "bo", "done")
        assert [t.stale for t in project.taken_documents()] == [True]
        with pytest.raises(QualcodeError, match="reconcile its cases"):
            project.take_one_coder("plan.txt", "lena")


def test_reopening_takes_it_back(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        taken = project.take_one_coder("plan.txt", "lena")
        with pytest.raises(QualcodeError, match="needs a reason"):
            project.reopen(taken.shown_id, "lena", " ")
        project.reopen(taken.shown_id, "lena", "anna recodes the budget part")
        assert project.taken_documents() == []
        assert consensus_spans(project, plan) == []
        (old,) = project.store.decisions.all()
        assert old.superseded_at is not None
        assert project.take_one_coder("plan.txt", "lena").fresh  # and in again


def test_agreement_leaves_it_out(tmp_path: Path) -> None:
    project, pair, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        before = project.agreement(bootstrap=0)
        project.confirm_agreements("lena")
        project.take_one_coder("plan.txt", "lena")
        assert project.agreement(bootstrap=0).documents == before.documents == 1
        after = project.agreement(layer="consensus", bootstrap=0)
        assert after.documents == 1
        assert project.still_open() == (0, 0)
        assert project.report_layer("lena") == "consensus"
        assert {c.document_id for c in project.store.codings.list(layer="consensus")} == {
            pair,
            plan,
        }


def test_the_summary_counts_it_apart_in_both_languages(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.confirm_agreements("lena")
        project.take_one_coder("plan.txt", "lena")
        en = project.build_summary("consensus", lang="en")
        sv = project.build_summary("consensus", lang="sv")
    assert en.decisions_brief is not None and sv.decisions_brief is not None
    assert en.decisions_brief.startswith(
        "In reconciliation, lena decided 0 disagreement cases (–) and confirmed 1 passage"
        " the coders agreed on into the consensus. 1 document was coded by one coder and"
        " taken into the consensus as coded."
    )
    assert "1 dokument kodades av en kodare och fördes in i konsensus som det kodats." in (
        sv.decisions_brief
    )
    assert en.methods.endswith(
        " 1 document was coded by one coder and taken into the consensus as coded;"
        " agreement does not count it."
    )
    assert sv.methods.endswith(
        " 1 dokument kodades av en kodare och fördes in i konsensus som det kodats;"
        " överensstämmelsen räknar inte det."
    )


def test_the_codings_export_carries_it_in_the_consensus(tmp_path: Path) -> None:
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.take_one_coder("plan.txt", "lena")
        target = project.export_codings(tmp_path / "c.csv", layer="consensus", viewer="lena")
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2
    assert {r["layer"] for r in rows} == {"consensus"}


def test_the_documents_waiting_to_be_taken_are_named_and_counted(tmp_path: Path) -> None:
    """A lead whose consensus lacks a document one coder finished is told so: `reconcile
    taken` names it, and the summary's reconciliation paragraph counts it."""
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        assert project.one_coder_waiting() == []  # nobody finished the plan yet
        project.set_status(plan, "anna", "done")
        assert project.one_coder_waiting() == [("plan.txt", "anna")]
        project.confirm_agreements("lena")
        brief = project.build_summary("consensus", lang="en").decisions_brief
        assert brief is not None
        assert (
            " Documents one coder finished that are not yet taken into the consensus: 1"
            " (qualcode reconcile take DOC)." in brief
        )
        project.take_one_coder("plan.txt", "lena")
        assert project.one_coder_waiting() == []
        brief = project.build_summary("consensus", lang="en").decisions_brief
        assert brief is not None and "not yet taken" not in brief


def test_its_cases_wait_until_the_taken_document_is_reopened(tmp_path: Path) -> None:
    """A second coder finished the plan after it was taken: its cases decided (or its
    agreements confirmed) beside the document taken whole put both into the consensus, so
    they are refused, in one line naming what to reopen, until the lead reopens it."""
    project, _, plan, code = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        taken = project.take_one_coder("plan.txt", "lena")
        project.add_coding(plan, PLAN.index("Vi ska"), PLAN.index(" Budgeten"), code, "bo")
        project.set_status(plan, "bo", "done")
        (case,) = [v.case for v in project.cases() if v.case.document_id == plan]
        written = len(project.store.codings.list(layer="consensus"))
        said = "'plan.txt' is in the consensus as anna coded it (taken from one coder): reopen"
        with pytest.raises(QualcodeError, match=re.escape(said)):
            project.decide(case.id, "union", "both", "lena")
        with pytest.raises(QualcodeError, match=taken.shown_id):
            project.confirm_agreements("lena")
        assert len(project.store.codings.list(layer="consensus")) == written
        project.reopen(taken.shown_id, "lena", "bo coded it too: reconcile it")
        project.decide(case.id, "union", "both", "lena")
        assert project.confirm_agreements("lena") == 2  # the interview's, the plan's first
        assert project.still_open() == (0, 0)


def test_taking_every_one_leaves_the_double_coded_to_reconciliation(tmp_path: Path) -> None:
    project, pair, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        with pytest.raises(QualcodeError, match="only a lead reconciles"):
            project.take_every_one_coder("anna")
        (taken,) = project.take_every_one_coder("lena", "coded once")
        assert (taken.document_id, taken.coder, taken.fresh) == (plan, "anna", True)
        assert [t.fresh for t in project.take_every_one_coder("lena")] == [False]
        assert not project.store.codings.list(document_ids=[pair], layer="consensus")


def test_the_agreement_page_never_counts_a_taken_document(tmp_path: Path) -> None:
    """Once a second coder finished the plan it is among the documents agreement counts;
    how its cases were settled says nothing of a document taken whole (it is refused
    there until reopened), as agreement leaves such documents out (user50)."""
    project, _, plan, code = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.confirm_agreements("lena")
        project.take_one_coder("plan.txt", "lena")
        project.add_coding(plan, PLAN.index("Vi ska"), PLAN.index(" Budgeten"), code, "bo")
        project.set_status(plan, "bo", "done")
        page = project.agreement(bootstrap=0).methods_page("en")
    assert "confirmed 1 passage the coders agreed on" in page
    assert "one coder" not in page

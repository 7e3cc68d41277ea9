"""Teams of three and four coders: cases, verdicts, who counts, agreement."""

from __future__ import annotations

import math

import pytest

from qualcode import Project
from qualcode.agreement import metrics
from qualcode.errors import ValidationError
from tests.conftest import TEAM_SENTENCES as SENTENCES
from tests.conftest import add_plain_document
from tests.project.team_kit import span_of


def test_three_coders_one_case_per_passage_every_version_seen(trio: Project) -> None:
    views = trio.cases(["karin", "johan", "mira"])
    assert [(v.case.kind, v.case.codes) for v in views] == [
        ("boundary", ("mission_dialogue",)),
        ("code", ("caseload", "integration")),
        ("presence", ("caseload",)),
    ]
    boundary, code, presence = (v.case for v in views)
    assert set(boundary.versions) == {"karin", "johan", "mira"}
    # the two narrow versions look alike; mira's wider one is part of the case, not hidden
    assert boundary.versions["karin"].spans == boundary.versions["johan"].spans
    assert boundary.versions["mira"].all_spans()[0][0] == boundary.start
    assert code.versions["johan"].codes == ("caseload",)
    assert code.versions["mira"].codes == ("integration",)
    assert presence.versions["mira"].empty


def test_verdicts_take_any_coders_version(trio: Project) -> None:
    views = trio.cases(["karin", "johan", "mira"])
    boundary, code = views[0].case, views[1].case
    trio.decide(boundary.id, "accept:mira", "the earlier sentence sets it up", "lena")
    (row,) = trio.codings(layer="consensus")
    assert (row.start, row.end) == boundary.versions["mira"].all_spans()[0]
    trio.decide(code.id, "union", "both codes hold", "lena")
    assert sorted(c.code for c in trio.codings(layer="consensus")) == [
        "caseload",
        "integration",
        "mission_dialogue",
    ]
    trio.decide(code.id, "accept:johan", "caseload it is", "lena")
    assert sorted(c.code for c in trio.codings(layer="consensus")) == [
        "caseload",
        "mission_dialogue",
    ]
    start = code.start + 3
    trio.decide(code.id, f"span:{start}-{code.end}:integration", "the lead's own span", "lena")
    marked = [c for c in trio.codings(layer="consensus") if c.code == "integration"]
    assert [(c.start, c.end) for c in marked] == [(start, code.end)]
    with pytest.raises(ValidationError, match="span:S-E:CODE"):
        trio.decide(code.id, f"span:{start}-{code.end}", "which code?", "lena")


def test_four_coders_cases_and_agreement(trio: Project) -> None:
    text = trio.document(trio.doc_id).text  # type: ignore[attr-defined]
    trio.add_coding(trio.doc_id, *span_of(text, SENTENCES[1]), "mission_dialogue", "ola")  # type: ignore[attr-defined]
    four = ["johan", "karin", "mira", "ola"]
    views = trio.cases(four)
    assert all(set(v.case.versions) == set(four) for v in views)
    assert views[1].case.versions["ola"].empty and views[1].case.kind == "code"
    report = trio.agreement(four, bootstrap=0)
    assert report.coders == four
    pairs = [r for r in report.rows if r.scope == "pair" and r.code == "mission_dialogue"]
    assert len(pairs) == 6  # every pair of four coders, each with Cohen's kappa
    assert all(not math.isnan(p.cohen) for p in pairs)
    row = next(r for r in report.rows if r.scope == "code" and r.code == "mission_dialogue")
    # mission_dialogue: units 0 and 1 of six; three coders mark unit 1, mira also unit 0
    matrix = [[0, 0, 1, 0], [1, 1, 1, 1], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
    assert row.alpha == pytest.approx(metrics.krippendorff_alpha(matrix, level="nominal"))
    assert row.fleiss == pytest.approx(metrics.fleiss_kappa(matrix))
    assert report.scope.startswith("4 coders (johan, karin, mira, ola), 1 of 1 documents")


def test_who_counts_follows_done_and_is_shown(trio: Project) -> None:
    doc = trio.doc_id  # type: ignore[attr-defined]
    other = add_plain_document(trio, "ekstad_01.txt", ["Helt annat samtal.", "Om budget."])
    # nobody uses statuses: those who coded, documents they all worked in
    scope = trio.team_scope()
    assert scope.coders == ("johan", "karin", "mira") and scope.documents == (doc,)
    assert scope.describe().startswith("3 coders (johan, karin, mira), 1 of 2 documents")
    for name in ("karin", "johan"):
        trio.set_status(doc, name, "done")
        trio.set_status(other, name, "done")
    trio.set_status(doc, "lena", "done")  # a lead can code too; roles only say who decides
    scope = trio.team_scope()
    assert scope.coders == ("johan", "karin", "lena") and scope.rule == "done"
    trio.set_status(doc, "lena", "in_progress")
    assert trio.team_scope().documents == (doc, other)
    assert trio.agreement(bootstrap=0).documents == 2
    assert {c for v in trio.cases() for c in v.case.versions} == {"johan", "karin"}
    chosen = trio.team_scope(["karin", "mira"], ["aby_02"])
    assert chosen.rule == "chosen" and chosen.coders == ("karin", "mira")


def test_fewer_than_two_coders_says_why_and_how(trio: Project) -> None:
    trio.set_status(trio.doc_id, "karin", "done")  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match=r"only karin has marked a document done.*\(coders "):
        trio.agreement(bootstrap=0)  # the service names its setting; the CLI says --coders
    with pytest.raises(ValidationError, match="only karin"):
        trio.cases()
    report = trio.agreement(["karin", "mira"], bootstrap=0)
    assert report.documents == 0 and "0 of 1 documents (finished" in report.scope
    assert "undefined" in report.methods_paragraph()
    assert trio.agreement(["karin", "mira"], docs=["aby_02"], bootstrap=0).documents == 1


def test_a_decision_taken_under_an_older_case_id_still_counts(trio: Project) -> None:
    """Files decided before cases were one per passage: found again by their extent."""
    case = trio.cases()[0].case
    with trio.store.transaction():
        trio.store.decisions.insert(
            case_id="per-code-id",
            document_id=case.document_id,
            start=case.start,
            end=case.end,
            code_id=trio.store.codes.id_for_key("mission_dialogue"),
            verdict="union",
            rationale="decided by the older release",
            decided_by=trio.coder("lena").id,
        )
    assert trio.cases()[0].verdict == "union"
    trio.decide(case.id, "accept:karin", "again, with mira's version seen", "lena")
    view = trio.cases()[0]
    assert view.verdict == "accept:karin"
    assert [d.verdict for d in view.history] == ["union"]

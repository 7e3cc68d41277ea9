"""Before and after reconciliation, agreement counts only the documents with consensus
codings, but its scope line still read "1 of 3 documents (finished by every counted
coder)" when all three were finished: a lead took two finished documents for unfinished
ones. The line now says how many were finished and that only those reconciled so far
count. A document whose only decision was that nothing there is the code (reject) is
reconciled too: it held no consensus coding and was left out, or refused as "no consensus
codings yet" when it was the only one."""

from __future__ import annotations

from qualcode import Project


def test_the_scope_line_says_only_reconciled_documents_count(towns: Project) -> None:
    assert towns.agreement(bootstrap=0).scope.endswith(
        "3 of 3 documents (finished by every counted coder)"
    )
    (case,) = towns.cases(docs=["ekstad_01"])  # johan alone coded its second sentence
    towns.decide(case.case.id, "accept:johan", "the cost is a mission question", "lena")
    scope = towns.agreement(layer="consensus", bootstrap=0).scope
    assert scope.endswith(
        "1 of 3 documents (finished by every counted coder; of those 3, the ones reconciled so far)"
    )


def test_a_document_decided_as_nothing_coded_counts(towns: Project) -> None:
    (case,) = towns.cases(docs=["ekstad_01"])
    towns.decide(case.case.id, "reject", "the cost is no mission question", "lena")
    report = towns.agreement(layer="consensus", bootstrap=0)
    assert report.scope.endswith(
        "1 of 3 documents (finished by every counted coder; of those 3, the ones reconciled so far)"
    )
    after = report.frame().query("scope == 'coder_vs_consensus'")
    assert set(after["units"]) == {2}  # ekstad's two sentences: johan's second is out

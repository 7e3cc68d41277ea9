"""The consensus's theme summary says how each coder stands against the consensus, as
`qualcode agree --before-after` does: its methods paragraph gave the coders among
themselves only, and eyes12's lead of five had to copy the figures a paper on reconciled
codes cites from the terminal. A coder-layer summary says nothing of a consensus."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def test_a_consensus_summary_holds_each_coder_against_the_consensus(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        case = next(v.case for v in project.cases() if v.case.kind == "presence")
        project.decide(case.id, "union", "both readings belong", "lena")
        after = project.agreement(layer="consensus")
        coders = [r.coders[0] for r in after.rows if r.scope == "coder_vs_consensus"]
        assert coders
        for lang, words in (("en", "After reconciliation"), ("sv", "Efter avstämningen")):
            methods = project.build_summary("consensus", lang=lang).methods or ""
            assert words in methods and all(f"{c} " in methods for c in coders)
            assert methods == after.methods_paragraph(lang)
        theirs = project.build_summary(layer="coder", lang="en").methods or ""
        assert theirs and "After reconciliation" not in theirs

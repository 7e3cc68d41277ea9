"""What the team tests share: a passage found by its words, a team project at a moment
the reconciliation tests return to (an agreement not yet confirmed beside a case the lead
has decided), a fourth coder who never started one of two documents, and karin's codings
of whole lines (the participant reports' studies)."""

from __future__ import annotations

from collections.abc import Sequence
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


def lines_coded(project: Project, doc: str, text: str, firsts: Sequence[str]) -> None:
    """karin, acting, codes with ``mission`` each line of ``text`` (the document ``doc``)
    from where each of ``firsts`` stands to the line's end. The tests of reports by
    participant each wrote the loop (duplicates, stop 46's reading)."""
    project.act_as("karin")
    for words in firsts:
        start = text.index(words)
        project.add_coding(doc, start, text.index("\n", start), "mission", "karin")


ABSENT_TEXT = (
    "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det. "
    "Sedan kom sommaren och alla tog semester. Vi pratade om uppdraget igen i höstas.\n"
)


def absent_coder_study(path: Path, coded: Sequence[int]) -> tuple[Project, str, str]:
    """A ``team_project`` with two more documents (ip2.txt, ip3.txt) and a third coder,
    sara: karin and johan code the units ``coded`` of both with ``mission`` and mark both
    done; sara does so on the first only and never opens the second (the agreement's and
    the cases' absent coder). Open, with the two documents' ids; the caller closes it."""
    project, _ = team_project(path)
    docs = [
        project.import_text(f"ip{i}.txt", ABSENT_TEXT + f"I: Tack {i}.\n", lang="sv").id
        for i in (2, 3)
    ]
    project.add_coder("sara")
    for coder, finished in (("karin", docs), ("johan", docs), ("sara", docs[:1])):
        project.act_as(coder)
        for doc in finished:
            units = project.units(doc)
            for i in coded:
                project.add_coding(doc, units[i].start, units[i].end, "mission", coder)
            project.set_status(doc, coder, "done")
    return project, docs[0], docs[1]

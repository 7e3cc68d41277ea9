"""The open cases are counted once per change of the project file and shared: a summary
asks for them for its decisions' paragraph (the default team) and again for its
agreement's reconciliation paragraph (that team named). Shared, each count is still the
one a project object of its own counts, in either order, after a change too."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode import Project
from qualcode.agreement import passages as passages_module
from qualcode.errors import QualcodeError
from tests.project.case_count_kit import (
    CODERS,
    Row,
    choices,
    code_rows,
    decide_some,
    mark_statuses,
    span,
    statuses,
    two_documents,
)


def _asked(project: Project, docs: list[str]) -> list[tuple[int | None, int | None]]:
    """The counts a summary asks for, in its order: the agreement's (the team named, its
    documents) and the decisions' paragraph's (the default team), and more teams."""
    try:
        scope = project.team_scope()
        named = [list(scope.coders), list(scope.documents)]
    except QualcodeError:
        named = [list(CODERS), docs]
    return [
        project.still_open(*named),
        project.still_open(),
        project.still_open(named[0], docs),  # documents chosen: who never finished one
        project.still_open(None, docs),  # is absent for the default team only
        project.still_open(list(CODERS[:2])),
        project.still_open(list(CODERS), docs[:1]),
    ]


def _alone(path: Path, docs: list[str]) -> list[tuple[int | None, int | None]]:
    """Each count by a project object of its own: nothing shared between them."""
    counts = []
    for i in range(6):
        with Project.open(path) as project:
            project.act_as("lena")
            counts.append(_asked(project, docs)[i])
    return counts


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(span, max_size=20),
    statuses,
    choices,
    st.lists(span, min_size=1, max_size=3),
)
def test_shared_counts_are_each_counted_alone(
    rows: list[Row],
    marks: list[tuple[str, str, str]],
    picks: list[tuple[int, str]],
    later: list[Row],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.db"
        project = Project.create(path)
        try:
            docs = two_documents(project)
            code_rows(project, docs, rows)
            mark_statuses(project, docs, marks)
            decide_some(project, picks)
            shared = _asked(project, docs)
            assert shared == _alone(path, docs)
            assert list(reversed(_asked(project, docs))) == list(reversed(shared))
            code_rows(project, docs, later)  # a change: every count is counted again
            assert _asked(project, docs) == _alone(path, docs)
        finally:
            project.close()


def _two_done_one_decided(path: Path) -> tuple[Project, list[str]]:
    """karin and johan finished both documents, each coded so that d0 holds a case, which
    lena decides (a union). Open, acting as lena; the documents' ids."""
    project = Project.create(path)
    docs = two_documents(project, ("karin", "johan"))
    code_rows(project, docs, [(0, 1, 0, 0, 30), (0, 1, 1, 5, 30), (1, 2, 0, 40, 20)])
    mark_statuses(project, docs, [("done", "done")] * 2, ("karin", "johan"))
    case = next(v.case for v in project.cases() if v.case.document_id == docs[0])
    project.decide(case.id, "union", "both readings hold", "lena")
    return project, docs


def test_who_never_finished_is_counted_apart(tmp_path: Path) -> None:
    """mira never finished d1: of both documents chosen, the default team leaves her
    versions there out, the same three coders named keep them (one case more). The same
    coders and documents, two counts: sharing one, a summary said 4 open for 3."""
    path = tmp_path / "p.db"
    project = Project.create(path)
    docs = two_documents(project)
    rows = [(0, 1, 0, 0, 30), (0, 1, 1, 5, 30), (1, 1, 0, 0, 30), (1, 1, 1, 10, 30)]
    code_rows(project, docs, [*rows, (1, 2, 2, 40, 20), (0, 2, 2, 50, 10)])
    mark_statuses(project, docs, [("done",) * 3, ("done", "done", "in_progress")])
    team = list(project.team_scope().coders)
    named, default = project.still_open(team, docs), project.still_open(None, docs)
    assert named != default
    assert [named, default] == _alone(path, docs)[2:4]
    assert project.still_open(None, docs) == default  # asked again: the same, shared
    project.close()


def test_a_summary_counts_the_open_cases_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two coders who finished both documents, a case decided: the summary's agreement
    paragraph and its decisions' paragraph both say what is open, from one count (there
    were two, each of every passage)."""
    project, _ = _two_done_one_decided(tmp_path / "p.db")
    counted: list[int] = []
    real = passages_module.passages

    def counting(*args: Any, **kwargs: Any) -> Any:  # the real count, its calls counted
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(passages_module, "passages", counting)
    summary = project.build_summary(layer="coder")
    assert summary.decisions_brief  # the decisions' paragraph, with what is open
    assert len(counted) == 1
    project.close()


def test_a_summary_reads_the_coded_spans_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A consensus's summary asks for every document's open counts, then for those of the
    one a decision is on (each coder against the consensus), then for every document's
    again (its decisions' paragraph): kept one at a time, the second pushed the first
    out, and every coding of the project was read and counted twice (perf40: 0.25 s CPU
    of a lead's summary of 200k codings). Now every coding is read once for all of them
    (perf41), and the spans are never read apart."""
    project, _ = _two_done_one_decided(tmp_path / "p.db")
    read: list[tuple[str, ...]] = []
    real = project.store.codings.rater_spans

    def reading(doc_ids: Sequence[str], *args: Any) -> Any:  # the real read, its calls noted
        read.append(tuple(sorted(doc_ids)))
        return real(doc_ids, *args)

    every: list[dict[str, Any]] = []
    rows = project.store.codings.rows

    def rows_read(**kwargs: Any) -> Any:  # the real read, each reading of every coding noted
        if not {k: v for k, v in kwargs.items() if v is not None} or "code_row" in str(kwargs):
            every.append(kwargs)
        return rows(**kwargs)

    joined = project.store.codings.joined

    def joined_read(*args: Any) -> Any:  # every coding read as one text per field (7039b6af)
        every.append({"joined": args})
        return joined(*args)

    monkeypatch.setattr(project.store.codings, "rater_spans", reading)
    monkeypatch.setattr(project.store.codings, "rows", rows_read)
    monkeypatch.setattr(project.store.codings, "joined", joined_read)
    # the consensus's summary: the coders' agreement on both documents, then each coder's
    # against the consensus where it is (the decided document), then what is still open
    summary = project.build_summary(layer="consensus")
    assert summary.decisions_brief
    # every coding read once, for the frames, the open counts and the agreement alike
    # (perf41: ``coding_columns.reading_once``), the spans of each set of documents taken
    # from them: read apart, the spans were a second reading of every coding
    assert read == [] and len(every) == 1
    project.close()

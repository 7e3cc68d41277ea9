"""``still_open`` counts from columns what ``cases`` finds one case at a time: the open
disagreement cases (undecided, or decided on versions a coder has changed since) and the
agreements not yet confirmed, on generated projects of three coders and two documents,
with decisions, codings added after them, and coders who never started or never finished
a document (the default team's absences and a chosen team's)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.project import case_views
from tests.conftest import add_plain_document, small_codebook
from tests.project.case_count_kit import (
    CODERS,
    SENTENCES,
    Row,
    choices,
    code_rows,
    decide_some,
    mark_statuses,
    span,
    statuses,
    two_documents,
)


def _plain(
    project: Project, coders: Sequence[str] | None, docs: Sequence[str] | None
) -> tuple[int | None, int | None]:
    """The two counts read off ``cases``, as ``still_open`` read them before."""
    if docs is not None and not docs:
        return 0, 0
    try:
        views = project.cases(coders, docs, include_agreements=True)
    except QualcodeError:
        return None, None
    agreed = [v.case.kind == "agreement" for v in views]
    return (
        sum(1 for v, a in zip(views, agreed, strict=True) if not a and v.open),
        sum(1 for v, a in zip(views, agreed, strict=True) if a and v.verdict is None),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(span, max_size=25),
    statuses,
    choices,
    st.lists(span, max_size=4),
)
def test_still_open_counts_what_cases_finds(
    rows: list[Row],
    marks: list[tuple[str, str, str]],
    picks: list[tuple[int, str]],
    later: list[Row],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "p.db")
        try:
            docs = two_documents(project)
            code_rows(project, docs, rows)
            mark_statuses(project, docs, marks)
            decide_some(project, picks, CODERS)  # some decided, then coded over (stale)
            code_rows(project, docs, later)
            for coders in (None, list(CODERS), list(CODERS[:2])):
                for chosen in (None, docs, docs[:1], []):
                    assert project.still_open(coders, chosen) == _plain(project, coders, chosen)
            assert project.open_cases() == _plain(project, None, None)[0]
            for chosen in (None, docs[:1]):  # [] is refused (test_empty_docs_refused)
                plain = _plain(project, None, chosen)[1]
                assert project.unconfirmed_agreements(None, chosen) == plain
        finally:
            project.close()


def test_a_decided_case_coded_over_is_open_again(tmp_path: Path) -> None:
    """A decision's passage changed since (a coder's version is not the one decided on):
    counted open again, and an agreement confirmed is no longer waiting."""
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    for name in ("karin", "johan", "lena"):
        project.add_coder(name, role="lead" if name == "lena" else "coder")
    doc = add_plain_document(project, "d.txt", SENTENCES)
    people = {c.name: c.id for c in project.store.coders.list()}
    code = project.store.codes.id_for_key("integration")
    text = project.document(doc).text
    first, third = text.index(SENTENCES[0]), text.index(SENTENCES[2])
    for name, (start, end) in (
        ("karin", (first, first + 20)),
        ("johan", (first, first + 20)),  # agreement
        ("karin", (third, third + 25)),  # presence: johan coded nothing here
    ):
        project.store.codings.insert(
            document_id=doc, start=start, end=end, code_id=code, coder_id=people[name]
        )
    project.act_as("lena")
    _, presence = (v.case for v in project.cases(include_agreements=True))
    assert project.still_open() == (1, 1) == _plain(project, None, None)
    project.decide(presence.id, "reject", "not about integration", "lena")
    project.confirm_agreements("lena")
    assert project.still_open() == (0, 0) == _plain(project, None, None)
    project.store.codings.insert(  # johan codes inside karin's passage: the versions change
        document_id=doc, start=third + 5, end=third + 10, code_id=code, coder_id=people["johan"]
    )
    assert project.still_open() == (1, 0) == _plain(project, None, None)
    project.close()


def test_a_coder_who_never_started_is_no_version_of_a_decided_case(tmp_path: Path) -> None:
    """mira never opened the document: the case decided between karin and johan holds
    their versions only, so its decision stands (her empty version hashed in, it read as
    changed since and open again)."""
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    for name in ("karin", "johan", "mira", "lena"):
        project.add_coder(name, role="lead" if name == "lena" else "coder")
    doc = add_plain_document(project, "d.txt", SENTENCES)
    people = {c.name: c.id for c in project.store.coders.list()}
    text = project.document(doc).text
    first = text.index(SENTENCES[0])
    for name, key in (("karin", "integration"), ("johan", "caseload")):
        project.store.codings.insert(
            document_id=doc,
            start=first,
            end=first + 20,
            code_id=project.store.codes.id_for_key(key),
            coder_id=people[name],
        )
    project.act_as("lena")
    team = ["karin", "johan", "mira"]
    (view,) = project.cases(team, [doc])
    assert list(view.case.versions) == ["karin", "johan"]
    project.decide(view.case.id, "union", "both readings hold", "lena", coders=team)
    assert project.still_open(team, [doc]) == (0, 0) == _plain(project, team, [doc])
    project.close()


def test_unconfirmed_agreements_align_no_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reconcile screen asks how many agreements wait to be confirmed on opening: they
    are counted from columns, as ``still_open`` counts them, and no ``Case`` is built (on
    1,000 documents, aligning them all took 2.8 s)."""
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    for name in ("karin", "johan", "lena"):
        project.add_coder(name, role="lead" if name == "lena" else "coder")
    doc = add_plain_document(project, "d.txt", SENTENCES)
    code_rows(project, [doc], [(0, 1, 0, 0, 30), (0, 1, 1, 0, 30)])  # karin and johan alike
    project.act_as("lena")

    def aligned(*args: object, **kwargs: object) -> None:
        raise AssertionError("every case aligned")

    monkeypatch.setattr(case_views, "find_cases", aligned)
    assert project.unconfirmed_agreements() == 1
    project.close()

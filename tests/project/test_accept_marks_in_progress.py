"""Accepting a suggestion is coding: the document is in progress for the coder, as after a
passage coded by hand. A new coder accepted five suggestions on a transcript and the
documents list still said "to do" beside "5 codings" (eyes20)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.pending_kit import suggestion_row, write_pending


def _one_pending(project: Project, doc_id: str, coder: str) -> str:
    """A pending suggestion of ``coder``'s engine on the document's fifth sentence."""
    unit = project.units(doc_id)[4]
    code = project.codebook()[0]
    row = suggestion_row(doc_id, unit.start, unit.end, code.id, evidence={"learned_from": coder})
    write_pending(project, doc_id, [row], learned_from=coder)
    return project.suggestions(doc_id)[0].id


def test_an_accepted_suggestion_puts_the_document_in_progress(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.add_coder("nils")
    with Project.open(demo) as project:
        project.act_as("nils")
        doc = project.documents()[0].id
        assert project.statuses("nils").get(doc, "todo") == "todo"
        project.accept_suggestions([_one_pending(project, doc, "nils")], "nils")
        assert project.statuses("nils")[doc] == "in_progress"


def test_a_document_marked_done_stays_done(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("karin")
        doc = project.documents()[0].id
        project.set_status(doc, "karin", "done")
        project.accept_suggestions([_one_pending(project, doc, "karin")], "karin")
        assert project.statuses("karin")[doc] == "done"


def test_accepting_at_once_on_two_documents_puts_both_in_progress(demo: Path) -> None:
    """Accept-all reads the coder's statuses once: each document still goes in progress."""
    with Project.open(demo) as project:
        project.act_as("karin")
        first, second = (d.id for d in project.documents()[1:3])
        for doc in (first, second):  # the demo's karin finished some documents
            project.set_status(doc, "karin", "todo")
        chosen = [_one_pending(project, first, "karin"), _one_pending(project, second, "karin")]
        project.accept_suggestions(chosen, "karin")
        statuses = project.statuses("karin")
        assert (statuses[first], statuses[second]) == ("in_progress", "in_progress")

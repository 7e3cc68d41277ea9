"""The layer the lead's reports screen opens on, and so the theme summary `s` writes: the
consensus once reconciliation is finished, as `qualcode export summary` does. The screen
opened on all coders' codings whatever the project held, and a lead who had reconciled
the demo exported a summary of every coder's codings pooled (eyes20); then it opened on
the consensus after one decided case, a summary of one passage (eyes40)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from textual.widgets import Static

from qualcode import Project
from tests.tui.conftest import export_prompt, reports_screen, settle, write_to

pytestmark = pytest.mark.slow  # a whole app through the reports screen


def reconcile_one(path: Path) -> None:
    """The lead decides one presence case: reconciliation is under way."""
    with Project.open(path) as project:
        case = next(v.case for v in project.cases() if v.case.kind == "presence")
        project.decide(case.id, "union", "both readings hold", "lena")


def reconcile_all(path: Path, docs: set[str] | None = None) -> None:
    """The lead confirms the agreements and decides every case (of ``docs``)."""
    with Project.open(path) as project:
        project.act_as("lena")
        chosen = None if docs is None else sorted(docs)
        project.confirm_agreements("lena", docs=chosen)
        for view in project.cases(docs=chosen, open_only=True):
            project.decide(view.case.id, "union", "both readings hold", "lena")


def test_the_service_names_the_default_layer(demo: Path) -> None:
    with Project.open(demo) as project:
        assert project.report_layer("lena") == "coder"  # nothing reconciled yet
        assert project.report_layer("karin") == "coder:karin"
    reconcile_one(demo)
    with Project.open(demo) as project:
        project.act_as("lena")
        assert project.report_layer("lena") == "coder"  # one case of many decided
    reconcile_all(demo)
    with Project.open(demo) as project:
        project.act_as("lena")
        assert project.report_layer("lena") == "consensus"


@pytest.mark.parametrize(
    ("done", "layer"), [(reconcile_all, "consensus"), (reconcile_one, "coder")]
)
async def test_a_reconciled_projects_summary_is_of_the_consensus(
    demo: Path, tmp_path: Path, done: Callable[[Path], None], layer: str
) -> None:
    """Once reconciled, the consensus; one case decided of many, all coders' codings,
    with a scope line saying so, in the TUI as in the CLI."""
    done(demo)
    target = tmp_path / "summary.docx"
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        assert screen.shown_layer == layer
        said = " ".join(str(screen.query_one("#report-controls", Static).render()).split())
        assert ("reconciliation under way: 1 of " in said) == (layer == "coder"), said
        prompt = await export_prompt(app, pilot, "s")
        words = "consensus" if layer == "consensus" else "all coders"
        assert words in str(prompt.border_title)  # said before anything is written
        await write_to(app, pilot, prompt, target)
    with Project.open(demo) as project:
        project.act_as("lena")
        cli = tmp_path / "cli.docx"
        project.export_summary(cli, viewer="lena")  # the CLI's default layer
    tui_text = [p.text for p in docx.Document(str(target)).paragraphs]
    cli_text = [p.text for p in docx.Document(str(cli)).paragraphs]
    assert tui_text == cli_text
    under_way = "reconciliation under way: 1 of " in tui_text[1]
    assert under_way == (layer == "coder"), tui_text[1]


async def test_s_works_the_default_layer_out_again_for_the_set(demo: Path) -> None:
    """The default is the set's: a set whose documents are all reconciled shows the
    consensus while the whole project, still under way, shows all coders (eyes21,
    eyes40); a layer the lead chose with `l` stays hers."""
    with Project.open(demo) as project:
        project.act_as("lena")
        north = {d.id for d in project.documents() if d.attributes["municipality"] == "Norrvik"}
        project.make_document_set("north", "lena", attributes={"municipality": "Norrvik"})
    reconcile_all(demo, north)
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        assert screen.shown_layer == "coder"  # Åby's documents are not reconciled
        await pilot.press("S")  # Norrvik's documents: reconciled
        await settle(app, pilot)
        assert (screen.doc_set, screen.shown_layer) == ("north", "consensus")
        await pilot.press("S")  # every document again
        await settle(app, pilot)
        assert (screen.doc_set, screen.shown_layer) == (None, "coder")
        await pilot.press("S", "l", "S")  # the lead picks a layer: the set keeps it
        await settle(app, pilot)
        assert (screen.doc_set, screen.shown_layer) == (None, "coder:johan")

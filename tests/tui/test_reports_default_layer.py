"""The layer the lead's reports screen opens on, and so the theme summary `s` writes: the
consensus once reconciliation has written one, as `qualcode export summary` does. The
screen opened on all coders' codings whatever the project held, and a lead who had
reconciled the demo exported a summary of every coder's codings pooled (eyes20)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qualcode import Project
from tests.tui.conftest import export_prompt, reports_screen, settle, write_to

pytestmark = pytest.mark.slow  # a whole app through the reports screen


def reconcile_one(path: Path) -> None:
    """The lead decides one presence case: the consensus holds codings."""
    with Project.open(path) as project:
        case = next(v.case for v in project.cases() if v.case.kind == "presence")
        project.decide(case.id, "union", "both readings hold", "lena")


def test_the_service_names_the_default_layer(demo: Path) -> None:
    with Project.open(demo) as project:
        assert project.report_layer("lena") == "coder"  # nothing reconciled yet
        assert project.report_layer("karin") == "coder:karin"
    reconcile_one(demo)
    with Project.open(demo) as project:
        assert project.report_layer("lena") == "consensus"


async def test_a_reconciled_projects_summary_is_of_the_consensus(
    demo: Path, tmp_path: Path
) -> None:
    reconcile_one(demo)
    target = tmp_path / "summary.docx"
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        assert screen.shown_layer == "consensus"
        prompt = await export_prompt(app, pilot, "s")
        assert "consensus" in str(prompt.border_title)  # said before anything is written
        await write_to(app, pilot, prompt, target)
    with Project.open(demo) as project:
        project.act_as("lena")
        cli = tmp_path / "cli.docx"
        project.export_summary(cli, viewer="lena")  # the CLI's default layer
    tui_text = [p.text for p in docx.Document(str(target)).paragraphs]
    cli_text = [p.text for p in docx.Document(str(cli)).paragraphs]
    assert tui_text == cli_text


async def test_s_works_the_default_layer_out_again_for_the_set(demo: Path) -> None:
    """The default is the set's: a set none of whose documents is reconciled shows all
    coders, not an empty consensus; a layer the lead chose with `l` stays hers (eyes21)."""
    with Project.open(demo) as project:
        project.act_as("lena")
        north = {d.id for d in project.documents() if d.attributes["municipality"] == "Norrvik"}
        case = next(
            v.case
            for v in project.cases()
            if v.case.kind == "presence" and v.case.document_id in north
        )
        project.decide(case.id, "union", "both readings hold", "lena")
        project.make_document_set("south", "lena", attributes={"municipality": "Åby"})
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        assert screen.shown_layer == "consensus"
        await pilot.press("S")  # Åby's documents: nothing reconciled there
        await settle(app, pilot)
        assert (screen.doc_set, screen.shown_layer) == ("south", "coder")
        await pilot.press("S")  # every document again
        await settle(app, pilot)
        assert (screen.doc_set, screen.shown_layer) == (None, "consensus")
        await pilot.press("l", "S")  # the lead picks a layer: the set keeps it
        await settle(app, pilot)
        assert screen.shown_layer == "coder:johan"

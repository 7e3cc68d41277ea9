"""The reports screen's `b` splits the counts by who said the coded words, as
`report frequencies --by participant` does (study46): each participant as the CLI prints
her, in the order it lists them ("IP2" before "IP10"), the same counts, a text without
speakers by its name after them (minor47), the interviewer's turns under "not given" last
(minor46c)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app on the reports screen


@pytest.mark.parametrize(("lang", "heading"), [("en", "participant"), ("sv", "deltagare")])
async def test_b_splits_by_participant_as_the_cli_counts(
    demo: Path, lang: str, heading: str
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        counted = project.report_frequencies(["participant"], "coder", lang="en")
    said = [p for p in dict.fromkeys(counted["participant"]) if p != "not given"]
    by_participant = counted.groupby("participant")["segments"].sum().to_dict()
    async with reports_screen(demo, "lena", lang) as (pilot, app, screen):
        seen = [screen.attribute]
        while screen.attribute != "participant" and len(seen) < 10:
            await pilot.press("b")
            await settle(app, pilot)
            seen.append(screen.attribute)
        table = screen.query_one("#frequencies", DataTable)
        columns = [str(c.label) for c in table.columns.values()][1:-1]
        controls = str(screen.query_one("#report-controls").render())
        pivot = screen.pivot_data
        missing = app.t("rep_no_value")
    assert screen.attribute == "participant", seen
    assert seen[-2] != "coder"  # offered before the coder split, after the attributes
    assert pivot is not None
    assert len(said) > 3 and all(p.startswith("IP") for p in said), said
    # the participants as the CLI lists them, not given last
    unsaid = [missing] if "not given" in by_participant else []
    assert pivot.values == [*said, *unsaid], pivot.values
    assert columns == pivot.values
    assert f"{heading}" in controls
    for p in said:
        assert pivot.column_total(p, "segments") == by_participant[p], p
    assert pivot.column_total(missing, "segments") == by_participant.get("not given", 0)


async def test_a_plan_is_split_by_its_name_after_the_participants(demo: Path) -> None:
    """A text without speakers has no participant: `b` counts it by its name after the
    participants, as the CLI and the summary's matrix do, not under "not given" with the
    interviewer's questions (minor47). Its name sorts before "IP": it is listed after
    them all."""
    plan = "Handlingsplan\n\nNämnden följer upp hur många ärenden varje handläggare har.\n"
    with Project.open(demo) as project:
        project.act_as("lena")
        doc = project.import_text("arbetsplan.txt", plan, lang="sv").id
        project.act_as("karin")
        start = plan.index("Nämnden")
        project.add_coding(doc, start, len(plan) - 1, "integration", "karin")
        project.act_as("lena")
        counted = project.report_frequencies(["participant"], "coder", lang="en")
    said = set(counted["participant"])
    assert "arbetsplan" in said, said
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        while screen.attribute != "participant":
            await pilot.press("b")
            await settle(app, pilot)
        pivot = screen.pivot_data
        missing = app.t("rep_no_value")
    assert pivot is not None
    tail = ["arbetsplan", *([missing] if "not given" in said else [])]
    people = pivot.values[: -len(tail)]
    assert pivot.values[-len(tail) :] == tail, pivot.values
    assert len(people) == len(said) - len(tail) and all(p.startswith("IP") for p in people)
    assert pivot.column_total("arbetsplan", "segments") == 1

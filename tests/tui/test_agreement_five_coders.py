"""A lead of five coders at 80x24: ten pairs a code put the codes' rows eleven apart and
the overall figure a methods section cites past the screen's end (eyes12). With four
coders or more the codes and the overall row come first, then each code's pairs under its
name; so do three coders (eyes14: their overall row was sixteen rows down, cut off)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.conftest import TEAM_SENTENCES as SENTENCES
from tests.conftest import add_plain_document, small_codebook
from tests.tui.conftest import documents_screen, open_reports, settled

pytestmark = pytest.mark.slow

FIVE = ("karin", "johan", "mira", "sara", "omar")


def five_coders(path: Path) -> None:
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        for name in FIVE:
            project.add_coder(name)
        doc = add_plain_document(project, "ip1.txt", SENTENCES)
        text = project.document(doc).text
        for i, name in enumerate(FIVE):  # each reads the passages a little differently
            picks = [(1, "mission_dialogue"), (i, "caseload")] + [(3, "integration")] * (i % 2)
            for n, key in picks:
                start = text.index(SENTENCES[n])
                project.add_coding(doc, start, start + len(SENTENCES[n]), key, name)
            project.set_status(doc, name, "done")


async def _agreement_labels(app: Any, pilot: Any) -> list[str]:
    """The first column of the lead's agreement tab (P, then a), row by row."""
    await open_reports(app, pilot)
    await settled(pilot, app, "a")
    table = app.screen.query_one("#agreement-table", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_five_coders_see_codes_and_overall_before_the_pairs(tmp_path: Path) -> None:
    path = tmp_path / "five.db"
    five_coders(path)
    async with documents_screen(path, "lena", size=(80, 24)) as (pilot, app, _):
        labels = await _agreement_labels(app, pilot)
    first_pair = next(i for i, label in enumerate(labels) if label.startswith("  "))
    assert labels[first_pair - 2] == "overall"  # then the first code's name, then its pairs
    heads = labels[: first_pair - 2]
    assert len(heads) == 3 and labels[first_pair - 1] == heads[0]
    pairs = [label for label in labels if label.startswith("  ")]
    assert len(pairs) == 3 * 10 and labels[first_pair + 10] == heads[1]


THREE = FIVE[:3]


async def test_three_coders_see_codes_and_overall_on_an_80x24_screen(tmp_path: Path) -> None:
    path = tmp_path / "three.db"
    five_coders(path)
    with Project.open(path) as project:  # two of the five leave the count
        for name in FIVE[3:]:
            project.set_status(project.documents()[0].id, name, "todo")
    async with documents_screen(path, "lena", size=(80, 24)) as (pilot, app, _):
        labels = await _agreement_labels(app, pilot)
        # the page the table stands in scrolls, table and paragraph together (eyes17)
        shown = app.screen.query_one("#agreement-page").scrollable_content_region.height
    assert labels[:4] == [*labels[:3], "overall"]  # three codes, then overall
    assert labels.index("overall") < shown - 1  # on the screen without scrolling
    pairs = [label for label in labels if label.startswith("  ")]
    assert len(pairs) == 3 * 3 and labels[4] == labels[0]  # the first code's name above its pairs

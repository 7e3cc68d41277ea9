"""The agreement tab's pair rows fit an 80-column screen with coders' whole names. With
'Anna-Karin Lindqvist', 'Johan Bergström' and 'Mira Al-Hassan' the rows read 'Anna-Karin
Lindqvist – Johan Bergström': the label column took forty characters and pushed Cohen's
kappa, AC1, BP and u-alpha past the screen's edge, to be scrolled to row by row (eyes40).
Pairs are named by first names where the team's differ, cut alike where even those do not
fit; the counted line under the table names everyone whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.widgets.report_views import pair_labels
from tests.conftest import TEAM_SENTENCES as SENTENCES
from tests.conftest import add_plain_document, small_codebook
from tests.tui.conftest import agreement_table, open_reports

NAMES = ("Anna-Karin Lindqvist", "Johan Bergström", "Mira Al-Hassan")


def three_with_long_names(path: Path) -> None:
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        doc = add_plain_document(project, "ip1.txt", SENTENCES)
        text = project.document(doc).text
        for i, name in enumerate(NAMES):
            project.add_coder(name)
            for n, key in [(1, "mission_dialogue"), (i, "caseload")]:
                start = text.index(SENTENCES[n])
                project.add_coding(doc, start, start + len(SENTENCES[n]), key, name)
            project.set_status(doc, name, "done")


@pytest.mark.slow
async def test_the_pairs_take_no_more_room_than_the_codes_at_80_columns(tmp_path: Path) -> None:
    path = tmp_path / "long.db"
    three_with_long_names(path)
    app = build_app(path, "lena", "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(app, pilot)
        table: DataTable[object] = await agreement_table(app, pilot)
        labels = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        first = next(iter(table.columns.values())).get_render_width(table)
        wide, room = table.virtual_size.width, table.scrollable_content_region.width
        counted = str(app.screen.query_one("#methods", Static).render())
    pairs = [label for label in labels if label.startswith("  ")]
    assert len(pairs) == 3 * 3, labels
    assert "  Johan – Mira" in pairs and all(len(p) <= 17 for p in pairs), pairs
    anna = {p.split(" – ")[0].strip() for p in pairs if p.strip().startswith("Anna")}
    assert len(anna) == 1 and anna < {"Anna-Karin", "Anna-K…", "Anna-…", "Anna…"}, pairs
    # the pairs take no more than the 17 characters the codes' names are given at 80
    # columns (and a cell's padding): the figures keep theirs
    assert first <= 17 + 2, (first, labels)
    # and an interval from below zero ("-0.31–0.00", wider than reckoned) cuts no figure
    # at the edge: the names gave up the column it overran by
    assert wide <= room, (wide, room, labels)
    assert all(name in " ".join(counted.split()) for name in NAMES)  # whole, under it


def test_first_names_where_they_differ_and_one_cut_for_everyone() -> None:
    labels = set(pair_labels(list(NAMES), 23).values())
    assert labels == {"  Anna-Karin – Johan", "  Anna-Karin – Mira", "  Johan – Mira"}
    cut = set(pair_labels(list(NAMES), 17).values())
    assert cut == {"  Anna-K… – Johan", "  Anna-K… – Mira", "  Johan – Mira"}
    short = pair_labels(["johan", "karin", "mira"], 17)
    assert short[("johan", "karin")] == "  johan – karin"


def test_names_a_cut_would_make_alike_stay_whole() -> None:
    assert set(pair_labels(["Anna Berg", "Anna Lund"], 17).values()) == {"  Anna Berg – Anna Lund"}
    assert set(pair_labels(["Christoffer", "Christina"], 17).values()) == {
        "  Christoffer – Christina"
    }

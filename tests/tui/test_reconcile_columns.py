"""The reconcile table keeps every column in view once a case is decided (seen as the lead
at 100 columns: "karin's version" widened the verdict column and pushed the talk count,
the number of comments on each case, past the right edge)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode.tui.screens.reconcile_columns import (
    CODE_MIN,
    DOCUMENT_MIN,
    PASSAGE_MIN,
    PASSAGE_MOST,
    code_room,
    document_room,
    passage_room,
    table_rooms,
)
from tests.conftest import team_project
from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # drives a whole Textual app through the reconcile screen


def test_document_names_give_way_to_the_other_columns() -> None:
    # 100 cells: 36 + 8 + 4 fixed, "karin's version", five paddings of 2 and a scroll bar
    assert document_room(100, (36, 8, 4), ["verdict", "karin's version"]) == 25
    assert document_room(60, (36, 8, 4), ["karin's version"]) == DOCUMENT_MIN  # never less


async def test_a_decided_case_leaves_the_talk_column_in_view(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await pilot.press("c", *"johan: the sentence before", "enter")
        await pilot.pause()
        await settled(pilot, app, "2", *"the whole passage", "enter")  # karin's version
        table = screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels == ["code", "kind", "document", "talk", "verdict"]
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[3:] == ["1", "karin's version"]
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        assert drawn <= table.size.width  # no column past the edge


def test_the_code_column_gives_way_below_100_columns() -> None:
    # 80 cells: the documents at their narrowest, the code names take what is left
    assert code_room(80, (8, 4), ["verdict", "alex's version"], 36) == 26
    assert code_room(100, (8, 4), ["verdict", "alex's version"], 36) == 36  # as before
    assert code_room(50, (8, 4), ["alex's version"], 36) == CODE_MIN  # never less


async def test_at_80_columns_every_column_stays_in_view(demo: Path) -> None:
    """A lead at 80x24 (eyes7): the 36-character code column pushed the verdict past the
    edge ("alex'" for "alex's version") and needed a scroll to read."""
    async with documents_screen(demo, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "2", *"the whole passage", "enter")  # karin's version
        table = screen.query_one(DataTable)
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[-1] == "karin's version"
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        assert drawn <= table.size.width  # no column past the edge
        assert len(first[0]) <= 26 and len(first[2]) >= DOCUMENT_MIN


def test_a_wide_terminal_names_every_code_whole() -> None:
    """Past 36 characters the codes take what whole document names leave (eyes32: at 160
    columns "mission monologue to…ssion dialogue" beside empty columns)."""
    verdicts = ["verdict", "alex's version"]
    assert code_room(160, (8, 4), verdicts, 36, (44, 31)) == 44  # the longest, whole
    assert code_room(100, (8, 4), verdicts, 36, (44, 31)) == 36  # the documents first
    assert code_room(80, (8, 4), verdicts, 36, (44, 31)) == 26  # as before


async def test_the_cases_table_at_160_columns_cuts_no_code(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(160, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        table = screen.query_one(DataTable)
        cells = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert cells and not any("…" in cell for cell in cells), cells
        assert "From mission monologue to mission dialogue" in cells
        names = [str(table.get_row_at(i)[2]) for i in range(table.row_count)]
        assert not any("…" in name for name in names), names
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        assert drawn <= table.size.width


def test_a_passage_column_only_where_its_words_tell_cases_apart() -> None:
    assert passage_room(59, 33) == 24  # 160 columns, the demo: whole names and 24 more
    assert passage_room(200, 33) == PASSAGE_MOST  # a wide terminal: the versions show more
    assert passage_room(25, 33) == 0  # 100 columns: the names are cut already, none


async def test_cases_of_one_code_in_one_document_are_told_apart_by_their_words(
    demo: Path,
) -> None:
    """eyes35, as the lead at 160 columns: six rows read "integration · presence · the
    plan", identical, told apart only by moving onto each to read its versions."""
    async with documents_screen(demo, "lena", size=(160, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        table = screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels == ["code", "kind", "document", "passage", "talk", "verdict"]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        alike: dict[tuple[str, str, str], list[str]] = {}
        for row in rows:
            alike.setdefault((row[0], row[1], row[2]), []).append(row[3])
        several = [words for words in alike.values() if len(words) > 1]
        assert several and all(len(set(words)) == len(words) for words in several)
        for view, row in zip(screen.views, rows, strict=True):  # the case's own first words
            text = screen._document(view.case.document_id)[0]
            said = " ".join(text[view.case.start : view.case.end].split())
            assert said.startswith(row[3].removesuffix("…").rstrip())
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        assert drawn <= table.size.width


def test_a_decision_leaves_room_for_the_passages_beside_long_code_names() -> None:
    """Swedish names of the turning points run to 71 characters: undecided, the passages
    fit beside them; "karins version" widened the verdict column and took them away,
    though cutting the codes by one character gave the passages back (eyes36)."""
    longest = len("Från separering till integrering av arbetsmiljö och verksamhetskvalitet")
    wide = (longest, longest, 33)
    assert table_rooms(160, (7, 6), ["beslut"], 36, wide) == (71, 33, 23)
    codes, documents, passage = table_rooms(160, (7, 6), ["beslut", "karins version"], 36, wide)
    assert passage >= PASSAGE_MIN and documents == 33 and codes >= CODE_MIN


TALK = (
    "I: Hur började året?\n"
    "R: Vi fick fler ärenden än någonsin. Ingen hann läsa in sig ordentligt. "
    "Familjerna märkte att vi bytte handläggare hela tiden. Chefen sa att det var "
    "tillfälligt. Sedan kom vårens sjukskrivningar. Då stannade utredningarna helt.\n"
)
LONG = "Från separering till integrering av arbetsmiljö och verksamhetskvalitet"


async def test_decided_cases_of_one_code_stay_told_apart_in_swedish(tmp_path: Path) -> None:
    """The lead at 160 columns with the Swedish interface (eyes36): after the first
    decision the passage column went and two cases of one code in one transcript read as
    two identical rows."""
    project, doc = team_project(
        tmp_path / "p.db", document=("kommunby_02_socialsekreterare.docx", TALK)
    )
    project.add_code("integration", {"sv": LONG, "en": "Integration"}, actor="lena")
    units = project.units(doc)
    spans = {"karin": [(1, 2), (4, 5)], "johan": [(2, 2), (5, 5)]}  # boundaries apart
    for coder, pairs in spans.items():
        project.act_as(coder)
        for first, last in pairs:
            project.add_coding(doc, units[first].start, units[last].end, "integration", coder)
        project.set_status(doc, coder, "done")
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", "sv", size=(160, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "2", *"hela svaret", "enter")  # karin's version
        table = screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert "karins version" in rows[0], rows
        assert "passage" in labels, rows
        first_words = [row[labels.index("passage")] for row in rows]
        assert len(rows) == 2 and first_words[0] != first_words[1], rows
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        assert drawn <= table.size.width


def test_english_at_120_columns_keeps_the_passages_after_a_decision() -> None:
    """eyes39, the lead at 120 columns in English: undecided, codes of 38 characters and
    the passages fit; "karin's version" widened the verdicts and the passages went, though
    codes cut to 30 characters left room for them."""
    wide = (68, 42, 33)  # the demo's longest code cell, single code name, document name
    assert table_rooms(120, (8, 4), ["verdict"], 36, wide) == (38, 33, PASSAGE_MIN)
    codes, documents, passage = table_rooms(120, (8, 4), ["verdict", "karin's version"], 36, wide)
    assert (documents, passage) == (33, PASSAGE_MIN) and CODE_MIN <= codes < 38


async def test_the_lead_at_120_columns_tells_decided_cases_apart(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "2", *"the whole passage", "enter")  # karin's version
        table = screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels == ["code", "kind", "document", "passage", "talk", "verdict"], labels
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[-1] == "karin's version"
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        assert drawn <= table.size.width  # no column past the edge

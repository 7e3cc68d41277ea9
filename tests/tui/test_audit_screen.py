"""The audit screen (H): the lead reads who did what, newest first, narrowed by kind and
words; a coder working blind reads her own entries there and none of a colleague's (the
screen reads through the service call `qualcode audit` uses, which applies the rule)."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import documents_screen, settled


def _rows(screen: object) -> list[list[str]]:
    from qualcode.tui.screens.audit import TrailTable

    table = screen.query_one(TrailTable)  # type: ignore[attr-defined]
    return [[str(c) for c in table.get_row_at(y)] for y in range(table.row_count)]


async def test_a_blind_coder_sees_her_own_entries_and_no_colleagues(decided: Path) -> None:
    from qualcode.tui.screens.audit import AuditScreen

    async with documents_screen(decided, "karin") as (pilot, app, _):
        await settled(pilot, app, "H")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        rows = _rows(screen)
        assert rows and {r[1] for r in rows} == {"karin"}
        detail = str(screen.query_one("#audit-detail").render())
        shown = " ".join(" ".join(r) for r in rows) + detail
        assert "johan" not in shown and "lena" not in shown
        assert "second sentence goes on" not in shown  # the lead's rationale
        # the kind filter offers only what she may read: no reconciliation among them
        kinds = {e.kind for e in screen.entries}
        assert "reconcile" not in kinds and "coding" in kinds


async def test_the_lead_narrows_to_decisions_and_reads_the_rationale_whole(decided: Path) -> None:
    from qualcode.tui.screens.audit import AuditScreen
    from qualcode.tui.screens.keys_help import key_rows

    async with documents_screen(decided, "lena", size=(80, 24)) as (pilot, app, documents):
        # `?` names the key (the footer has no room for it at 80 columns)
        assert ("H", "Audit trail") in {(k, w) for _, k, w in key_rows(documents, app.t)}
        await settled(pilot, app, "H")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        assert {r[1] for r in _rows(screen)} >= {"karin", "johan", "lena"}
        # kinds come newest first: the decision was the last thing done
        await settled(pilot, app, "t")
        rows = _rows(screen)
        assert [r[2] for r in rows] == ["reconcile.decide"]
        detail = str(screen.query_one("#audit-detail").render())
        assert "the second sentence goes on with it" in detail  # whole, though cut above
        await settled(pilot, app, "x", "slash", *"mission")
        assert {r[2] for r in _rows(screen)} == {"code.add", "coding.add", "reconcile.decide"}
        await settled(pilot, app, "escape", "escape")
        assert not isinstance(app.screen, AuditScreen)


async def test_a_new_coder_is_told_why_the_trail_is_empty(decided: Path) -> None:
    from qualcode import Project

    with Project.open(decided) as project:
        project.act_as("lena")
        project.add_coder("omar")
    async with documents_screen(decided, "omar") as (pilot, app, _):
        await settled(pilot, app, "H")
        assert _rows(app.screen) == []
        detail = str(app.screen.query_one("#audit-detail").render())
        # and what a lead does for her is hers to read too (blind_view: "for")
        assert "only your own entries and what a lead did for you" in detail


async def test_enter_opens_the_entrys_document_at_its_passage(decided: Path) -> None:
    from qualcode.tui.screens.coding import CodingScreen

    async with documents_screen(decided, "karin") as (pilot, app, _):
        await settled(pilot, app, "H")
        screen = app.screen
        # her newest coding: the second sentence (team_kit's agreed_and_decided)
        row = next(i for i, e in enumerate(screen.shown) if e.action == "coding.add")
        entry = screen.shown[row]
        screen.query_one("#audit-table").move_cursor(row=row)
        await settled(pilot, app, "enter")
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.transcript.selection == entry.span
        # back on the trail, what she did in the document is listed
        before = len(screen.entries)
        await settled(pilot, app, "D", "y", "q")
        assert app.screen is screen
        assert len(screen.entries) > before and screen.shown[0].action == "status.set"


async def test_the_lists_keys_read_in_swedish(decided: Path) -> None:
    from qualcode.tui.catalog import Catalog
    from qualcode.tui.screens.audit import TrailTable

    async with documents_screen(decided, "lena", "sv", size=(80, 24)) as (pilot, app, _):
        await settled(pilot, app, "H")
        table = app.screen.query_one(TrailTable)
        (enter,) = table._bindings.key_to_bindings["enter"]
        assert enter.description == Catalog("sv")("audit.open") == "Öppna"
        # the search box's hint fits the 80 columns it is read at over SSH
        hint = app.screen.query_one("#audit-search").placeholder
        assert len(hint) <= 80 - 6


async def test_the_language_switch_keeps_the_filters(decided: Path) -> None:
    from qualcode.tui.screens.audit import AuditScreen

    async with documents_screen(decided, "lena") as (pilot, app, _):
        await settled(pilot, app, "H", "t", "slash", *"second", "enter")
        before = app.screen
        await settled(pilot, app, "L")
        after = app.screen
        assert isinstance(after, AuditScreen) and after is not before
        assert after.chosen["kind"] == "reconcile"
        assert after.query_one("#audit-search").value == "second"
        assert [e.action for e in after.shown] == ["reconcile.decide"]


async def test_the_swedish_screen_says_every_word_of_its_own_in_swedish(decided: Path) -> None:
    """The Swedish trail read "lena for karin", "accept:karin with ..." and "coding.add":
    who, what and the verdict are now the interface's words; the rationale as written,
    and the stored names still find an entry."""
    from qualcode import Project
    from qualcode.tui.screens.audit import AuditScreen

    with Project.open(decided) as project:
        project.act_as("lena")
        doc = project.documents()[0].id
        project.add_code("trust", {"sv": "Tillit"})
        last = project.units(doc)[-1]
        project.add_coding(doc, last.start, last.end, "trust", "karin")  # lena, for karin
    async with documents_screen(decided, "lena", "sv", size=(160, 40)) as (pilot, app, _):
        await settled(pilot, app, "H")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        rows = _rows(screen)
        assert rows[0][1:3] == ["lena för karin", "kodning tillagd"]
        assert "coding.add" not in {r[2] for r in rows}
        shown = " ".join(" ".join(r) for r in rows)
        assert " for " not in shown and "accept:" not in shown
        await settled(pilot, app, "t", "t", "t")  # newest first: coding, code, reconcile
        assert screen.chosen["kind"] == "reconcile"
        filters = str(screen.query_one("#audit-filters").render())
        assert "Slag (t): avstämning" in filters
        (decision,) = _rows(screen)
        assert decision[2] == "beslut"
        detail = str(screen.query_one("#audit-detail").render())
        assert "karins version" in detail and "the second sentence goes on with it" in detail
        await settled(pilot, app, "x", "slash", *"reconcile.decide")
        assert [r[2] for r in _rows(screen)] == ["beslut"]  # the stored name finds it

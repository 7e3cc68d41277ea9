"""The audit screen names a code as every other screen does, by its name in the interface's
language: its details read "long_term_economics" (the code's key, as stored) where the
codebook and the coding screen said the code's name (eyes43, the demo at 80x24)."""

from __future__ import annotations

from pathlib import Path

from qualcode.project.audit_said import entry_said
from qualcode.tui.audit_words import ScreenWords
from qualcode.tui.catalog import Catalog
from tests.tui.conftest import documents_screen, settled


def test_a_codebook_load_names_the_codes_it_made() -> None:
    payload = {"created": ["trust", "mission"], "source": "codes.yaml", "updated": []}
    words = ScreenWords(Catalog("en"), {"trust": "Trust", "mission": "Mission"})
    assert entry_said(payload, words).startswith("created: Trust, Mission · ")


def test_a_recoding_names_both_codes_and_a_set_rename_keeps_its_names() -> None:
    words = ScreenWords(Catalog("en"), {"trust": "Trust", "mission": "Mission"})
    coding = {"coding": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "from": "trust", "to": "mission"}
    assert entry_said(coding, words) == "from: Trust · to: Mission"
    renamed = {"set": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "from": "trust", "to": "x"}
    assert entry_said(renamed, words) == "from: trust · to: x"  # a set's names as typed


async def test_the_trail_names_codes_by_their_names(decided: Path) -> None:
    from qualcode.tui.screens.audit import AuditScreen, TrailTable

    async with documents_screen(decided, "lena", "sv", size=(160, 40)) as (pilot, app, _):
        await settled(pilot, app, "H")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        table = screen.query_one(TrailTable)
        said = [str(table.get_row_at(y)[4]) for y in range(table.row_count)]
        coded = [s for s in said if "–" in s]  # a coding's characters
        assert coded and all(s.startswith("Uppdrag · ") for s in coded)
        assert not any("mission" in s for s in said)
        await settled(pilot, app, "slash", *"mission")  # the key still finds its entries
        assert screen.shown
        await settled(pilot, app, "enter")
        detail = str(screen.query_one("#audit-detail").render())
        assert "Uppdrag" in detail and "mission" not in detail


def test_a_code_added_is_named_first_not_as_a_key() -> None:
    """code.add's "code" is the code's id; its key said "key: mission" beside the name."""
    payload = {"code": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "key": "trust", "parent": None}
    assert entry_said(payload, ScreenWords(Catalog("sv"), {"trust": "Tillit"})) == "Tillit"

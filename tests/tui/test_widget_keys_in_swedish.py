"""Textual's own keys read in the interface language wherever qualcode lists them (eyes35).

A new coder in the Swedish interface opened the codebook (`ctrl+b`) and pressed `?`: under
the Swedish headings the tree's keys read "Cursor to parent", "Cursor to next ancestor",
"Toggle", "Expand or collapse all", "Cursor Up", "Scroll Left", "Page Right": Textual's
English, since nobody had localized that tree's bindings. The keys panel and the palette
now describe every key through the catalog (``keys.described``), which names the actions
of Textual's widgets a coder meets: the codebook's tree, lists, tabs and text boxes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.scroll_view import ScrollView
from textual.widgets import DataTable, Input, OptionList, Tabs, TextArea, Tree

from qualcode.tui.catalog import Catalog
from qualcode.tui.keys import binding_commands, described
from qualcode.tui.screens.keys_help import KeysScreen
from tests.tui.conftest import documents_screen, open_codebook

WIDGETS = (Tree, DataTable, OptionList, Tabs, Input, TextArea, ScrollView, VerticalScroll)
ENGLISH = {b.description for w in WIDGETS for b in w.BINDINGS if b.description}


def test_every_key_of_textuals_widgets_has_swedish_words() -> None:
    sv = Catalog("sv")
    untold = [
        (widget.__name__, b.action, b.description)
        for widget in WIDGETS
        for b in widget.BINDINGS
        if b.description and described(b, sv) == b.description
    ]
    assert not untold


@pytest.mark.slow
async def test_the_codebooks_keys_panel_and_palette_read_swedish(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(120, 40)) as (pilot, app, _):
        codebook = await open_codebook(pilot, app)
        assert isinstance(app.focused, Tree)  # the tree has the keys
        palette = {command.title for command in binding_commands(codebook)}
        assert "Till överordnad" in palette and not palette & ENGLISH, palette & ENGLISH
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        listed = {what for _section, _keys, what in app.screen.rows}
        assert {"Till överordnad", "Öppna eller stäng alla"} <= listed
        assert not listed & ENGLISH, listed & ENGLISH

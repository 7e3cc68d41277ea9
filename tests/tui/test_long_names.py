"""Long code names at 80 columns, on the demo's codebook ("Från uppdragsmonolog till
uppdragsdialog"): the coding screen's sidebar gives a long name two lines while the list
fits, else one line with its middle given up; the codebook tree cuts names with "…" to its
width (before, they ran off the pane's edge with no sign of the cut).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Tree

from qualcode.tui.app import build_app
from qualcode.tui.screens.codebook import CodebookScreen
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.widgets.sidebar import Sidebar
from tests.tui.conftest import documents_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # the demo and a whole Textual app

NAMES = (  # the demo's Swedish names, as they read after the shared "Från"
    "uppdragsmonolog till uppdragsdialog",
    "individ- till systemperspektiv",
)


async def _sidebar_lines(demo: Path, size: tuple[int, int]) -> tuple[list[str], int]:
    app = build_app(demo, "karin", "sv")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # aby_01, a Swedish transcript
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        sidebar = app.screen.query_one(Sidebar)
        lines = Text.from_markup(sidebar.shown("codebook")).plain.splitlines()
        return lines, sidebar.scrollable_content_region.width


async def test_the_sidebar_gives_a_long_name_two_lines_when_it_fits(demo: Path) -> None:
    lines, width = await _sidebar_lines(demo, (80, 24))
    assert all(len(line) <= width for line in lines), lines
    text = " ".join(line.strip().lstrip("■ 1234").strip() for line in lines)
    for name in NAMES:
        assert name in text, lines  # the whole name, over two lines
    assert len(lines) == 1 + 2 * 4  # the title, two lines per code


async def test_every_name_drops_the_shared_word_or_none_does(demo: Path) -> None:
    """At 160 columns "Från individ- till systemperspektiv" fitted whole and kept its
    "Från" while the three longer names dropped it: the list read as two kinds of code
    (eyes33). Now either every name is whole or every one starts where they differ."""
    lines, _width = await _sidebar_lines(demo, (160, 48))
    firsts = [line for line in lines[1:] if line.startswith("■")]
    assert len(firsts) == 4, lines
    starts = {line.lstrip("■ 1234").startswith("Från") for line in firsts}
    assert len(starts) == 1, lines
    text = " ".join(line.strip().lstrip("■ 1234").strip() for line in lines)
    for name in NAMES:
        assert name in text, lines


async def test_a_short_terminal_keeps_one_line_per_code(demo: Path) -> None:
    lines, width = await _sidebar_lines(demo, (80, 16))
    assert len(lines) == 1 + 4, lines
    assert all(len(line) <= width for line in lines), lines
    assert sum("…" in line for line in lines) == 4  # cut in the middle, each still apart
    assert len({line.split("…")[0] for line in lines[1:]}) == 4


async def test_the_codebook_tree_cuts_names_with_an_ellipsis(demo: Path) -> None:
    async with documents_screen(demo, "karin", size=(80, 24)) as (pilot, app, _):
        await pilot.press("ctrl+b")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, CodebookScreen)
        tree = app.screen.query_one(Tree)
        width = tree.scrollable_content_region.width
        labels = [str(node.label) for node in tree.root.children]
        assert len(labels) == 4
        for node in tree.root.children:
            shown = 2 + len(node.label.plain)  # the guide, then the label
            assert shown <= width, (node.label.plain, width)
        # in whole words since ff50938d: a name that fits is whole, one cut ends in " …"
        # after a word, never inside one ('integrer…verksamhetskvalitet')
        cut = [label for label in labels if "…" in label]
        assert cut, labels  # at 80 columns the two long turning points are cut
        assert all(label.endswith(" …") and label.count("…") == 1 for label in cut), labels
        assert any(label.endswith("dialogue") for label in labels), labels  # the goal kept


def _pending(path: Path) -> None:
    """Two pending suggestions on aby_01's third and fourth sentences (fixed scores: the
    snapshot must not move with the engine's figures)."""
    said = {"terms": ["arbetsmiljö"], "learned_from": "karin"}
    pending_suggestions(
        path, [0.91, 0.55], document="aby_01", first=2, method="lexicon", evidence=said
    )


def test_coding_screen_80x24_with_the_done_question(snap_compare, demo: Path) -> None:  # type: ignore[no-untyped-def]
    """The demo's long names in the sidebar, the suggestion keys in the footer, and `D`
    asking with the count, on a plain 80x24 terminal."""
    _pending(demo)
    assert snap_compare(
        build_app(demo, "karin", "sv"), press=["enter", "n", "D"], terminal_size=(80, 24)
    )


async def test_a_notification_names_the_code_by_the_part_that_tells_it_apart(
    demo: Path,
) -> None:
    async with documents_screen(demo, "karin", "sv", size=(80, 24)) as (pilot, app, _):
        # code two sentences; each note replaces the one before on the coding screen
        # (6a9544d), so each is read as it shows
        await pilot.press("enter", "j", "j", "1")
        await pilot.pause()
        said = notifications(app)
        # as the pane lists it at 80 columns, from the word that tells it apart like the
        # long names: "Kodat Från uppdragsmonolog …", though it fits, took a line more (tui47)
        assert "Kodat uppdragsmonolog till uppdragsdialog" in said, said
        await pilot.press("j", "j", "3")
        await pilot.pause()
        said = notifications(app)
        # not "Kodat Från separering till integr…", but from where the codes differ
        tail = "separering till integrering av arbetsmiljö och verksamhetskvalitet"
        assert f"Kodat {tail}" in said, said


def test_a_second_line_is_cut_at_its_end_after_a_whole_word() -> None:
    """'integrerin…alitet' left two halves of words; the end goes, whole words stay."""
    from qualcode.tui.widgets.sidebar import _two_lines

    name = "separering till integrering av arbetsmiljö och verksamhetskvalitet"
    assert _two_lines(name, 24, 18) == ("separering till", "integrering …")  # not "av …"
    assert _two_lines("kort namn", 24, 18) == ("kort", "namn")

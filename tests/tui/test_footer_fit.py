"""The footer at 80 columns: every key it shows is whole, none covers another, and `?` and
the way back are always there; on a wide terminal it shows every key a screen offers.

Before, Textual's footer cut its row at the edge: "^b" without its label on the coding
screen, "^b Codeboo" on the themes screen, the reports screen's "esc" without "Back".
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from qualcode.tui.widgets.footer import KeysFooter, fitting
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # a whole Textual app per test

SCREENS = [  # keys from the documents list, and the action that leaves again
    (["enter"], "back"),  # the coding screen
    (["ctrl+b"], "back"),  # the codebook
    (["P"], "back"),  # reports
    (["T"], "back"),  # themes
    ([], "quit"),  # the documents list itself
]


def _shown(app: object) -> tuple[KeysFooter, list[FooterKey]]:
    footer = app.screen.query_one(KeysFooter)  # type: ignore[attr-defined]
    return footer, list(footer.query(FooterKey))


@pytest.mark.parametrize(("keys", "leave"), SCREENS)
async def test_every_key_shown_is_whole_at_80_columns(
    project_file: Path, keys: list[str], leave: str
) -> None:
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()
        footer, shown = _shown(app)
        edge = footer.region.right
        spans = sorted((k.region.x, k.region.right) for k in shown)
        assert all(right <= edge for _x, right in spans), spans  # nothing cut at the edge
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), spans
        actions = {k.action.rpartition(".")[2] for k in shown}
        assert {"help", leave} <= actions, actions


async def test_a_wide_terminal_shows_every_key(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(200, 30)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        _footer, shown = _shown(app)
        labels = {k.description for k in shown}
        assert {"Next", "Extend", "Code…", "Undo", "Suggest", "Back", "Keys", "Codebook"} <= labels


def test_fitting_keeps_order_and_help_and_back() -> None:
    def key(k: str, label: str, action: str) -> FooterKey:
        return FooterKey(k, k, label, action)

    keys = [
        key("a", "Accept", "accept"),  # " a " + "Accept ": 10 cells
        key("A", "Accept all very long label", "accept_all"),  # 30
        key("r", "Reject", "reject"),  # 10
        key("q", "Back", "back"),  # 8
        key("?", "Keys", "app.help"),  # 8
    ]
    kept = fitting(keys, 36, compact=False)
    # the long one does not fit, and the shorter after it does not jump ahead of it
    assert [k.key for k in kept] == ["a", "q", "?"]
    kept = fitting(keys, 66, compact=False)
    assert [k.key for k in kept] == ["a", "A", "r", "q", "?"]
    kept = fitting(keys, 20, compact=False)
    assert [k.key for k in kept] == ["q", "?"]  # too narrow for more: the way out and `?`

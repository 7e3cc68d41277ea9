"""The versions behind `v` name a code they share once. The lead of six at 80x24 read
karin's pane headed '(+4 [v]: mira systemperspektiv, nils systemperspektiv, omar
systemperspektiv, ulrika systemperspektiv)': five of the pane's eight lines said one
code four times and left her two lines of the passage (eyes40). Coders whose hidden
versions hold the same codes are named together, their codes after them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.tui.conftest import FIVE, documents_screen, five_on_one_passage, open_reconcile

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


async def test_hidden_versions_with_one_code_name_it_once(tmp_path: Path) -> None:
    path = tmp_path / "five.db"
    five_on_one_passage(path)
    async with documents_screen(path, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        panes = [screen.query_one(f"#pane{n}", Static) for n in range(2)]
        heading = " ".join(str(panes[1].render()).split("\n\n")[0].split())
        current = screen._current()
        assert current is not None
        shown = {line.split(":")[0].split()[-1].removesuffix("'s") for line in
                 (str(p.render()).splitlines()[0] for p in panes)}  # fmt: skip
        hidden = [name for name in FIVE if name not in shown]
        label = screen.short_codes(current.case.versions[hidden[0]])
    assert len(hidden) == 3 and label != "–"
    # the names, then what they coded: "mira, nora dialog" read as a coder "nora dialog"
    assert f"([v] shows {', '.join(hidden)}: {label})" in heading, heading

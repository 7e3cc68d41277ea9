"""The reports screen's agreement tab lists coders as printed, "Kodare A, Kodare B", not in
their real names' order (order46). On the demo karin joined first and johan second, so
with the participants Karin and Johan on the key they are printed "Kodare A" and "Kodare B"
(in the project's Swedish); the tab read "Kodare B, Kodare A" in every pair row, johan's
name coming first in the alphabet."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import agreement_table, reports_screen

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


async def test_the_agreement_tab_lists_the_labels_in_order(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        for name in ("Karin", "Johan"):  # participants of those names: the coders labelled
            project.set_pseudonym(name, f"P{name}", "lena", kind="person")
        shown = project.agreement(bootstrap=0).coders
    assert shown == ["Kodare A", "Kodare B", "Kodare C"], shown  # mira too (user49)
    async with reports_screen(demo, "lena", "en") as (pilot, app, _screen):
        table = await agreement_table(app, pilot)
        cells = [str(c) for r in range(table.row_count) for c in table.get_row_at(r)]
    pairs = [c.strip() for c in cells if "Kodare" in c and " – " in c]
    # four codes, three pairs each: the first coder of each pair is the earlier label
    assert pairs == ["Kodare A – Kodare B", "Kodare A – Kodare C", "Kodare B – Kodare C"] * 4, pairs

"""The coding screen's marks are what a coder's keys act on (m, e, x, d): hers, blind or
not. Once reads followed ``team unblind`` (a coder may read every colleague's codings,
review31), the screen asks for what she may *change*, so after unblind karin's margin
still holds only her codings and no key of hers lands on johan's."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


@pytest.mark.parametrize("blind", [True, False], ids=["blind", "unblind"])
async def test_her_marks_are_her_own(demo: Path, blind: bool) -> None:
    if not blind:
        with Project.open(demo).act_as("lena") as lena:
            lena.set_blind(False)
    async with karins_coding_screen(demo, size=(100, 30)) as (_, _, screen):
        doc = screen.doc_id
        marks = {(c.coder, c.layer) for c in screen.my_codings}
    with Project.open(demo) as everyone:
        others = {c.coder for c in everyone.codings(doc) if c.coder != "karin"}
    assert marks == {("karin", "coder")}
    assert others  # the document has colleagues' codings she could have been shown

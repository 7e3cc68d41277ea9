"""A refused export path stays on the line to mend. The lead at 80x24 typed a path to a
folder that did not exist, or a format the export never writes: the refusal was said, the
line closed, and `c` again offered the default path, so the long path she had typed, one
letter wrong, was typed anew (tui49). Bad input loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import export_prompt, reports_screen, write_to, wrote

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


async def test_a_refused_path_is_offered_again_as_typed(demo: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "analys" / "kodningar.xlsx")
    wrong_kind = str(tmp_path / "kodningar.pdf")
    async with reports_screen(demo, "lena", "en", size=(80, 24)) as (pilot, app, _):
        prompt = await export_prompt(app, pilot, "c")
        kept = []
        for typed in (missing, wrong_kind):
            said = await write_to(app, pilot, prompt, Path(typed))
            kept.append((prompt.display, prompt.value, prompt.has_focus))
        said = await write_to(app, pilot, prompt, tmp_path / "kodningar.xlsx")  # mended
        closed = not prompt.display
    assert kept == [(True, missing, True), (True, wrong_kind, True)]
    assert any("No folder" in m for m in said) and any("choose .csv or .xlsx" in m for m in said)
    assert wrote(said, tmp_path / "kodningar.xlsx") and closed
    assert not (tmp_path / "kodningar.pdf").exists()

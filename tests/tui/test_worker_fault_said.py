"""A fault nobody expected in a screen's worker is said, not swallowed (audit41: a summary
export showed "Writing…" and then nothing, no file and no word, because the export worker
catches only the errors it expects and runs with ``exit_on_error=False``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.project import Project
from tests.tui.conftest import export_prompt, reports_screen, write_to


@pytest.mark.slow
@pytest.mark.parametrize(
    ("ui_lang", "words"),
    [("en", "Stopped by an unexpected error"), ("sv", "Avbröts av ett oväntat fel")],
)
async def test_an_export_stopped_by_a_fault_says_so(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ui_lang: str, words: str
) -> None:
    def broken(self: Project, *args: object, **kwargs: object) -> Path:
        raise KeyError("[b]theme[/b]")  # a bug's error, markup in it shown as typed

    monkeypatch.setattr(Project, "export_summary", broken)
    target = tmp_path / "summary.md"
    async with reports_screen(demo, "lena", ui_lang) as (pilot, app, _):
        prompt = await export_prompt(app, pilot, "s")
        said = await write_to(app, pilot, prompt, target)
        assert app.is_running  # the app stays open
    assert any(words in note and "KeyError" in note and "[b]theme[/b]" in note for note in said), (
        said
    )
    assert not target.exists()
    assert not [note for note in said if note.startswith(("Writing", "Skriver"))], said

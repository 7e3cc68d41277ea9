"""The export prompt offers the whole path of the file it will write, even when the project
was opened by a name relative to the folder the TUI started in (`QUALCODE_PROJECT=demo.db`,
`-p study.db`): a lead exporting the summary was offered "demo-summary.docx" and learnt
where it went only from the note after it was written (eyes42). The folder is the
project file's, as before; only the words shown now say which folder that is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import export_prompt, open_reports


@pytest.mark.parametrize("key", ["s", "c", "x"])
async def test_the_offered_path_names_the_project_folder(
    project_file: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    from qualcode.tui.app import build_app

    folder = project_file.parent
    monkeypatch.chdir(folder)
    app = build_app(Path(project_file.name), "karin", "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(app, pilot)
        prompt = await export_prompt(app, pilot, key)
        offered = Path(prompt.value)
    assert offered.is_absolute(), prompt.value
    assert offered.parent == folder.absolute()
    assert offered.name.startswith(project_file.stem)

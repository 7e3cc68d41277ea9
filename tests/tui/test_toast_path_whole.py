"""A toast names the file an export wrote with the name whole at 80 columns: a toast is
half the screen wide and a path has no space to wrap at, so "Wrote /…/demo-codings.xlsx"
broke as "demo-codings.xl" over "sx" (eyes43). The folder gives way ("…/"), the name not."""

from __future__ import annotations

from pathlib import Path

from qualcode.tui.toast_path import toast_path, toast_room
from tests.tui.conftest import export_prompt, reports_screen, write_to

DEEP = "/work/scratch/a-rather-long-folder/study-2026/exports/demo-codings.xlsx"


def test_the_name_stays_whole_and_the_folder_gives_way() -> None:
    said = toast_path(DEEP, 37)
    assert said.endswith("/demo-codings.xlsx") and said.startswith("…/") and len(said) <= 37
    assert toast_path("/a/b.csv", 37) == "/a/b.csv"  # fits: as it is
    assert toast_path("/x/" + "n" * 50 + ".csv", 37) == "n" * 50 + ".csv"  # the name alone


async def test_the_written_files_name_fits_the_toast(project_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "a-rather-long-folder-name" / "study-2026" / "exports"
    folder.mkdir(parents=True)
    target = folder / "demo-codings.xlsx"
    async with reports_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        prompt = await export_prompt(app, pilot, "c")
        said = await write_to(app, pilot, prompt, target)
        assert target.exists()
        wrote = [s for s in said if "demo-codings.xlsx" in s and s.startswith("Wrote")]
        assert wrote, said
        (path,) = [w for w in wrote[-1].split() if "demo-codings.xlsx" in w]
        # Textual's toast: 60 cells, at most half the screen, less its padding and edge
        assert len(path) <= toast_room(80) == min(60, 80 // 2) - 3
        assert path.endswith("/demo-codings.xlsx")

"""An export says it is writing only once its file name was accepted (eyes37b).

The reports screen said "Skriver …/x.pdf…" and, a moment later, that a summary is never
written as .pdf: the coder read that a file was being written that never was. The name is
now checked (``Project.check_export``, the check the export itself runs first) before a
word about writing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.tui.conftest import export_to, reports_screen

ACCEPTED = {"summary": "ok.docx", "codings": "ok.xlsx", "memos": "ok.md", "qdpx": "ok.qdpx"}


@pytest.mark.parametrize(
    ("kind", "name"),
    [("summary", "x.pdf"), ("codings", "x.docx"), ("memos", "x.xlsx"), ("qdpx", "x.zip")],
)
def test_the_service_refuses_a_name_before_any_work(
    project_file: Path, tmp_path: Path, kind: str, name: str
) -> None:
    with Project.open(project_file) as project:
        with pytest.raises(QualcodeError, match=name):
            project.check_export(kind, tmp_path / name)
        good = tmp_path / ACCEPTED[kind]
        assert project.check_export(kind, good) == good.resolve()
    assert not (tmp_path / name).exists()


async def _summary_to(project_file: Path, target: Path) -> list[str]:
    """karin, in Swedish, writes the summary to ``target`` from the reports screen: every
    note she was shown, those taken down since too ("Skriver …" goes when the export is
    done, eyes44)."""
    async with reports_screen(project_file, "karin", "sv", size=(100, 30)) as (pilot, app, _):
        shown: list[str] = []
        notify = app.notify

        def noted(message: str, *args: Any, **kwargs: Any) -> None:
            shown.append(message)
            notify(message, *args, **kwargs)

        app.notify = noted
        await export_to(app, pilot, "s", target)
        return shown


async def test_a_refused_name_is_never_said_to_be_written(
    project_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "sammanfattning.pdf"
    said = await _summary_to(project_file, target)
    assert not [n for n in said if n.startswith("Skriver")], said
    assert [n for n in said if "sammanfattning.pdf" in n], said
    assert not target.exists()


async def test_an_accepted_name_is_said_to_be_written(project_file: Path, tmp_path: Path) -> None:
    said = await _summary_to(project_file, tmp_path / "sammanfattning.md")
    assert [n for n in said if n.startswith("Skriver")], said

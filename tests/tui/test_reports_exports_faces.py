"""The reports screen's exports ask the service what a person may export, as the CLI does
(faces31): a blind coder's x wrote nothing ('only a lead exports the whole project') while
`qualcode export qdpx` gave her a .qdpx of her own codings; her s now writes her own
summary, a lead's the team's, and a refusal is the service's, in the screen's words."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest

from qualcode.project import Project
from tests.tui.conftest import export_prompt, export_to, reports_screen, wrote


def _codings_in(qdpx: Path) -> int:
    with zipfile.ZipFile(qdpx) as archive:
        return len(re.findall(r"<Coding ", archive.read("project.qde").decode("utf-8")))


@pytest.mark.slow
async def test_a_blind_coder_exports_her_own_qdpx_and_summary(demo: Path, tmp_path: Path) -> None:
    qdpx, summary = tmp_path / "karin.qdpx", tmp_path / "karin.md"
    async with reports_screen(demo, "karin", "en") as (pilot, app, screen):
        assert screen.check_action("export", ("qdpx",))  # x is in her footer
        prompt = await export_prompt(app, pilot, "x")
        assert prompt.value.endswith("demo-karin.qdpx")
        assert "karin" in str(prompt.border_title)  # her codings only, the prompt says
        await pilot.press("escape")
        said = await export_to(app, pilot, "x", qdpx)
        said += await export_to(app, pilot, "s", summary)
    assert wrote(said, qdpx) and wrote(said, summary), said
    assert not any("only a lead" in m for m in said), said
    with Project.open(demo) as project:
        hers = len(project.codings(coder="karin", layer="coder"))
        everyone = len(project.codings())
    assert 0 < _codings_in(qdpx) == hers < everyone
    text = summary.read_text(encoding="utf-8")
    assert "Layer: coder karin" in text
    assert "Intercoder agreement" not in text  # the team's agreement is the lead's


@pytest.mark.slow
async def test_a_lead_exports_the_teams_qdpx_and_summary(demo: Path, tmp_path: Path) -> None:
    qdpx, summary = tmp_path / "team.qdpx", tmp_path / "team.md"
    async with reports_screen(demo, "lena", "en") as (pilot, app, _):
        said = await export_to(app, pilot, "x", qdpx)
        said += await export_to(app, pilot, "s", summary)
    assert wrote(said, qdpx) and wrote(said, summary), said
    with Project.open(demo) as project:
        assert _codings_in(qdpx) == len(project.codings())
    assert "Intercoder agreement" in summary.read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "refusal"),
    [
        ("en", "karin.docx: this export is written as .qdpx; choose that name"),
        ("sv", "karin.docx: den här exporten skrivs som .qdpx; välj det namnet"),
    ],
)
async def test_a_coders_refused_export_is_the_services_one_line(
    demo: Path, tmp_path: Path, lang: str, refusal: str
) -> None:
    """A .qdpx named .docx: the service's refusal, in the interface's language (the Swedish
    screen said it in English); nothing is written."""
    wrong = tmp_path / "karin.docx"
    async with reports_screen(demo, "karin", lang) as (pilot, app, _):
        said = await export_to(app, pilot, "x", wrong)
    assert refusal in said, said
    assert not any("--" in m for m in said), said  # no CLI flag in a TUI message
    assert not wrong.exists()


@pytest.mark.slow
async def test_an_unblinded_coders_codings_are_everyones_as_the_cli_gives(
    demo: Path, tmp_path: Path
) -> None:
    """After `team unblind` `qualcode export codings` gives a coder every colleague's
    codings; the screen's c still forced her own layer (faces31)."""
    with Project.open(demo).act_as("lena") as lena:
        lena.set_blind(False)
    target = tmp_path / "team.csv"
    async with reports_screen(demo, "karin", "en") as (pilot, app, _):
        said = await export_to(app, pilot, "c", target)
    assert wrote(said, target), said
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    with Project.open(demo) as project:
        assert len(rows) == len(project.codings())
    assert {r["coder"] for r in rows} == {"johan", "karin", "mira"}

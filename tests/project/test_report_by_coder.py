"""A methods section's first count, codings per code and coder, from the CLI: `report
frequencies --by coder` and `report crosstab coder` group by who coded. Both said "no
document attribute 'coder'", and a mistyped attribute did not say which there are."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.cli.cli_kit import cli_run
from tests.conftest import team_project


def _study(path: Path) -> str:
    project, doc = team_project(path)
    with project:
        units = project.units(doc)
        project.act_as("lena")
        project.set_attributes(doc, {"municipality": "Åby"})
        for coder, chosen in (("karin", units), ("johan", units[:1])):
            project.act_as(coder)
            for unit in chosen:
                project.add_coding(doc, unit.start, unit.end, "mission", coder)
    return doc


def test_frequencies_and_crosstab_by_coder(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        table = project.report_frequencies(by=["coder", "municipality"])
        cross = project.report_crosstab("coder")
    assert table[["coder", "municipality", "segments"]].values.tolist() == [
        ["johan", "Åby", 1],
        ["karin", "Åby", 2],
    ]
    assert cross.loc["mission", "karin"] == 2 and cross.loc["mission", "johan"] == 1
    assert cross.loc["total", "total"] == 3
    code, out, err = cli_run(path, "lena", "report", "frequencies", "--by", "coder", "-f", "csv")
    assert code == 0, err
    rows = [line.split(",") for line in out.removeprefix("\ufeff").splitlines()]
    assert rows[0][:3] == ["code", "coder", "segments"]
    assert [r[:3] for r in rows[1:]] == [["mission", "johan", "1"], ["mission", "karin", "2"]]


def test_a_coder_counts_only_her_own_by_coder(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    code, out, err = cli_run(path, "johan", "report", "crosstab", "coder", "-f", "csv")
    assert code == 0, err
    assert "karin" not in out and "johan" in out


def test_a_mistyped_grouping_names_the_choices(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    code, out, err = cli_run(path, "lena", "report", "frequencies", "--by", "kommun")
    assert code == 1 and not out
    assert err.strip() == (
        "error: --by: no document attribute 'kommun' (attributes: municipality; "
        "or coder: who coded; or participant: who said it; or document)"
    )
    code, _out, err = cli_run(path, "lena", "report", "crosstab", "kodare")
    assert code == 1 and "no document attribute 'kodare'" in err and "or coder" in err


@pytest.mark.slow
async def test_the_lead_s_reports_screen_cycles_to_coder(tmp_path: Path) -> None:
    """In the TUI, `b` cycles the attributes and then who coded (a lead's screen)."""
    from textual.widgets import DataTable, Static

    from qualcode.tui.app import build_app
    from tests.tui.conftest import open_reports, settled

    path = tmp_path / "p.db"
    _study(path)
    app = build_app(path, "lena", "sv")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reports(app, pilot)
        # who said it (its texts have speakers) before who coded (minor46c)
        assert screen.attribute_choices == ["municipality", "participant", "coder"]
        await settled(pilot, app, "b", "b")
        assert screen.attribute == "coder"
        assert "Per: kodare" in str(screen.query_one("#report-controls", Static).render())
        table = screen.query_one("#frequencies", DataTable)
        columns = [str(c.label) for c in table.columns.values()]
        row = [str(cell) for cell in table.get_row("mission")]
        counts = dict(zip(columns[1:-1], row[1:-1], strict=True))
        assert {k: v for k, v in counts.items() if v != "0"} == {"johan": "1", "karin": "2"}


@pytest.mark.slow
async def test_a_coder_s_reports_screen_has_no_coder_grouping(tmp_path: Path) -> None:
    from qualcode.tui.app import build_app
    from tests.tui.conftest import open_reports

    path = tmp_path / "p.db"
    _study(path)
    app = build_app(path, "karin", "en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reports(app, pilot)
        assert screen.attribute_choices == ["municipality", "participant"]

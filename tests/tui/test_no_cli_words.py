"""The TUI never tells its user to type a CLI command or flag (loose17). A setting the TUI
offers nowhere was named as the CLI's flag ("--min-score 2 must be ..."); an empty
summary read "(qualcode export summary --allow-empty writes a summary without any)"; a
removed document "U brings it back (or `qualcode docs restore 3f2a...`)". Now a setting
is named in plain words, the TUI asks whether to write an empty summary anyway, and its
lines name its own keys only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import SETTING, SettingError
from qualcode.texts import texts
from qualcode.tui.catalog import Catalog
from qualcode.tui.said import said
from qualcode.tui.screens.confirm import ConfirmScreen
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import export_to, notifications, reports_screen, settle

ROOT = Path(__file__).resolve().parents[2] / "qualcode"
# a setting raised anywhere below the faces: SettingError("name", ...) or setting="name"
RAISED = re.compile(r'SettingError\(\s*"([a-z_]+)"|setting="([a-z_]+)"')


def _settings() -> set[str]:
    found: set[str] = {"coder"}  # blind_parts.WHO, raised as setting=WHO
    for path in ROOT.rglob("*.py"):
        if path.parts[-2] in ("cli", "tui"):
            continue
        for match in RAISED.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1) or match.group(2))
    return found


def test_every_setting_the_service_names_reads_without_a_flag() -> None:
    settings = _settings()
    assert {"allow_empty", "min_score", "force", "lang", "reason"} <= settings
    for setting in sorted(settings):
        line = said(SettingError(setting, f"give {SETTING} again"))
        assert "--" not in line and "qualcode " not in line, (setting, line)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_lines_the_tui_shows_name_no_command(lang: str) -> None:
    t = Catalog(lang)
    shown = [
        t("documents_removed", name="aby_01"),
        t("rep_off_key", places="Åby"),
        t("rep_off_key_speakers", labels="Mats"),
        t("setting_allow_empty"),
    ]
    for line in shown:
        assert "qualcode " not in line and "--" not in line, line


@pytest.mark.slow
async def test_an_empty_summary_is_asked_about_and_written(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    target = tmp_path / "s.md"
    async with reports_screen(path, "lena", "en") as (pilot, app, _):
        await export_to(app, pilot, "s", target)
        assert isinstance(app.screen, ConfirmScreen)
        assert not target.exists()  # nothing written before the answer
        await pilot.press("y")
        await settle(app, pilot)
        told = notifications(app)
    assert target.is_file(), told
    assert not any("allow-empty" in m or "qualcode " in m for m in told), told


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_no_line_of_the_tuis_table_names_a_flag(lang: str) -> None:
    """Every line the TUI may show, not only those asked above: 'who' ("Who are you? Start
    with --coder NAME") stayed in both files, used by no screen, until red team 18."""
    for key, line in texts(lang, "tui", english=False).items():
        assert re.search(r"(?<![\w-])--[a-z]", line) is None, (key, line)

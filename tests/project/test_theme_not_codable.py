"""A theme groups codes and is never coded itself: every way of writing a coding refuses
it with one line and writes nothing (the service's rule, so the TUI, CLI and API agree)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError


def _theme(project: Project) -> str:
    theme = project.create_theme("Styrning", "lena")
    project.set_theme("integration", theme.key, "lena")
    return theme.key


def _written(project: Project) -> tuple[int, int]:
    return len(project.codings(include_deleted=True)), len(project.audit())


def test_adding_a_coding_with_a_theme_is_refused(project: Project) -> None:
    theme = _theme(project)
    doc = project.documents()[0].id
    before = _written(project)
    with pytest.raises(ValidationError, match="is a theme: themes group codes"):
        project.add_coding(doc, 0, 8, theme, "karin")
    assert _written(project) == before
    # its codes are coded as before
    assert project.add_coding(doc, 0, 8, "integration", "karin").code == "integration"


def test_changing_a_coding_to_a_theme_is_refused(project: Project) -> None:
    theme = _theme(project)
    coding = project.add_coding(project.documents()[0].id, 0, 8, "caseload", "karin")
    before = _written(project)
    with pytest.raises(ValidationError, match="is a theme"):
        project.change_coding(coding.id, theme, actor="karin")
    assert _written(project) == before
    assert project.codings()[0].code == "caseload"


def test_merging_a_code_into_a_theme_is_refused(project: Project) -> None:
    theme = _theme(project)
    project.add_coding(project.documents()[0].id, 0, 8, "mission_dialogue", "karin")
    before = (_written(project), len(project.codebook()))
    with pytest.raises(ValidationError, match="is a theme: group 'mission_dialogue' under it"):
        project.merge_codes("mission_dialogue", theme, actor="lena")
    assert (_written(project), len(project.codebook())) == before
    # two themes may still become one: no coding moves onto a theme
    other = project.create_theme("Belastning", "lena")
    project.merge_codes(other.key, theme, actor="lena")
    assert project.theme_of("integration") == theme


def test_importing_quotes_coded_with_a_theme_is_refused(project: Project, tmp_path: Path) -> None:
    theme = _theme(project)
    sheet = tmp_path / "quotes.csv"
    sheet.write_text(f"document,code,quote\naby_01.txt,{theme},Politikerna bestämde\n")
    before = _written(project)
    with pytest.raises(ValidationError, match=r"line 2: .*is a theme"):
        project.import_quotes_csv(sheet, coder="karin")
    assert _written(project) == before


def test_the_cli_refuses_a_theme_in_one_line(project: Project) -> None:
    theme = _theme(project)
    doc = project.documents()[0].id
    path = project.path
    assert path is not None
    project.close()
    span = ["--doc", doc, "--start", "0", "--end", "8"]
    result = CliRunner().invoke(
        app, ["-p", str(path), "code", "add", *span, "--code", theme, "--coder", "karin"]
    )
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and "is a theme" in result.stderr
    with Project.open(path) as again:
        assert again.codings() == []


def test_codable_codes_are_the_codebook_without_its_themes(project: Project) -> None:
    theme = _theme(project)
    assert [c.key for c in project.codable_codes()] == [
        c.key for c in project.codebook() if c.key != theme
    ]
    assert theme in {c.key for c in project.codebook()}

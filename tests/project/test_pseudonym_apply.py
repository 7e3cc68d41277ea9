"""Putting pseudonym suggest's candidates on the key is the service's act
(``apply_suggested_pseudonyms``), not the command line's: `pseudonym suggest --apply` held
the rule alone, so a notebook had none, an unknown kind ("--kinds speakers") applied
nothing and exited 0 without a word, and each name was written in a transaction of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import SettingError
from tests.conftest import project_with

TALK = (
    "Intervjuare: Vem leder arbetet?\n"
    "Anna: Det gör Sten. Han har en sten i skon ibland. Vi pratade med Sten och Maja Berg.\n"
)


def test_the_api_puts_the_chosen_kinds_on_the_key_and_leaves_also_words(
    tmp_path: Path,
) -> None:
    with project_with(tmp_path / "p.db", ("ip_01.txt", TALK)) as project:
        put, asked = project.apply_suggested_pseudonyms("lena", ["speaker", "person"])
        keyed = {p.real: p.pseudonym for p in project.pseudonyms("lena")}
        again, _ = project.apply_suggested_pseudonyms("lena", ["speaker", "person"])
    assert {c.real for c in put} == set(keyed) and {"Anna", "Maja Berg"} <= set(keyed)
    assert keyed["Anna"] == "IP1"
    assert [c.real for c in asked] == ["Sten"] and "Sten" not in keyed
    assert again == []  # what is on the key is not put there twice


def test_an_unknown_kind_is_refused_in_one_line_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with project_with(path, ("ip_01.txt", TALK)) as project:
        with pytest.raises(SettingError, match="'speakers'"):
            project.apply_suggested_pseudonyms("lena", ["speakers"])
        assert project.pseudonyms("lena") == []
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "--apply", "--kinds", "speakers"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "--kinds 'speakers'" in result.stderr

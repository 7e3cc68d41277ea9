"""`pseudonym suggest --apply --kinds ""` applies nothing: said so in one line, exit 1.

An unknown kind is refused since bc0ad640, but an empty --kinds (a script's unset
variable, `--kinds "$KINDS"`, or a lone comma) chose no kind at all: the candidates were
listed, none was put on the key, and the command exited 0, so the lead took the key for
filled and sent exports naming the interviewees (red team 37). The service refuses a
choice of no kind, naming --kinds and the kinds there are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import SettingError
from tests.conftest import project_with

TALK = "Intervjuare: Vem leder arbetet?\nAnna: Det gör vi tillsammans nu.\n"


@pytest.mark.parametrize("given", ["", ",", " , "])
def test_no_kind_is_refused_and_nothing_written(tmp_path: Path, given: str) -> None:
    path = tmp_path / "p.db"
    with project_with(path, ("ip_01.txt", TALK)) as project:
        with pytest.raises(SettingError, match="no kind"):
            project.apply_suggested_pseudonyms("lena", [])
        assert project.pseudonyms("lena") == []
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "--apply", "--kinds", given]
    )
    assert result.exit_code == 1, result.stdout
    assert result.stderr.strip().count("\n") == 0
    assert "--kinds" in result.stderr and "speaker" in result.stderr

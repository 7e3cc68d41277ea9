"""A codebook of names alone (no definition, inclusion text or example in any language)
gives the meaning tier nothing to embed. Suggesting in such a project ended in a traceback
("cannot reshape array of size 0") from the semantic scorer, seen when a lead loaded a
first codebook of bare code names and ran `qualcode suggest`. It now answers as any
suggestion run does: nothing above the threshold, exit 0, the project intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app

pytestmark = pytest.mark.slow


@pytest.mark.usefixtures("semantic_on")
def test_suggest_with_a_codebook_of_names_alone(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "names.db")
    env = {"QUALCODE_CODER": "lena"}
    assert runner.invoke(app, ["-p", db, "init"], env=env).exit_code == 0
    book = tmp_path / "kodbok.yaml"
    book.write_text(
        "codes:\n  - key: alpha\n    name: {sv: Alfa, en: Alpha}\n"
        "  - key: beta\n    name: {sv: Beta, en: Beta}\n",
        "utf-8",
    )
    assert runner.invoke(app, ["-p", db, "codebook", "load", str(book)], env=env).exit_code == 0
    talk = tmp_path / "intervju.txt"
    talk.write_text("I: Hur går det?\nIP: Det går bra med arbetet och budgeten.\n", "utf-8")
    assert runner.invoke(app, ["-p", db, "import", str(talk)], env=env).exit_code == 0
    for extra in ([], ["--embed"], ["--ranked"]):
        result = runner.invoke(app, ["-p", db, "suggest", "intervju", *extra], env=env)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output

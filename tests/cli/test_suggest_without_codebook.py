"""Suggesting in a project that has no codebook yet says so, instead of reporting that
nothing passed the threshold (a new user's first `qualcode suggest` after `init`)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app


def test_suggest_and_ranked_say_the_codebook_is_missing(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "new.db")
    assert runner.invoke(app, ["-p", db, "init"]).exit_code == 0
    talk = tmp_path / "intervju.txt"
    talk.write_text("IP: Budgeten räckte aldrig och placeringarna kostade mer.\n", "utf-8")
    assert runner.invoke(app, ["-p", db, "import", str(talk)]).exit_code == 0
    for extra in ([], ["--ranked"]):
        result = runner.invoke(app, ["-p", db, "suggest", "intervju", *extra])
        assert result.exit_code != 0
        out = result.output.strip()
        assert "no codes to suggest yet" in out and "codebook load" in out
        assert "threshold" not in out
        assert len(out.splitlines()) == 1

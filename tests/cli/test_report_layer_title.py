"""A count printed for a paper says whose codings it counts: pooled coders count a passage
once per coder, which a reader must not take for the number of passages."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app


def _table(project: Path, *args: str) -> list[str]:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout.splitlines()


def test_each_table_is_titled_with_the_layer_it_counts(demo: Path) -> None:
    pooled = _table(demo, "report", "crosstab", "municipality")
    assert pooled[0] == (
        "Coded segments by municipality: every coder's codings pooled "
        "(a passage counts once per coder who coded it)"
    )
    mine = _table(demo, "report", "frequencies", "--layer", "coder:karin")
    assert mine[0] == "Frequencies: karin's codings"
    csv = _table(demo, "report", "frequencies", "--layer", "coder:karin", "-f", "csv")
    assert csv[0] == "\ufeffcode,segments,words,documents"  # machine formats carry no title

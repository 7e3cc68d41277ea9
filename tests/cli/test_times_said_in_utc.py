"""Every listing that prints a stored time to the minute says its zone, as the agenda does:
the project stores UTC, and "2026-12-05 12:41" bare reads as the reader's own clock, an
hour off in Swedish winter (review45: memo, document and set listings, the TUI's case
comments and restore list printed the bare minute while the agenda said UTC)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.stamps import minute

MINUTE_UTC = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")


def run(project: Path, *args: str) -> str:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_a_stored_time_is_said_to_the_minute_in_utc() -> None:
    assert minute("2026-12-05T12:41:07.123456+00:00") == "2026-12-05 12:41 UTC"
    # another tool's offset is moved onto the one clock the label names
    assert minute("2026-12-05T13:41:00+01:00") == "2026-12-05 12:41 UTC"
    assert minute("") == "" and minute(None) == ""
    assert minute("not a time") == "not a time"  # kept, never lost
    # the TUI's discussion pane at 80 columns: no longer than the bare minute it replaces
    assert minute("2026-12-05T12:41:07+00:00", year=False) == "12-05 12:41 UTC"


def test_memo_set_and_removed_document_listings_say_utc(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    (tmp_path / "plan.txt").write_text("I: Och budgeten?\n\nR: Den skars ned.\n", "utf-8")
    (tmp_path / "mål.txt").write_text("I: Och målen?\n\nR: De är nya.\n", "utf-8")
    run(project, "init")
    run(project, "coder", "add", "lena", "--role", "lead")
    run(project, "import", str(tmp_path / "plan.txt"), str(tmp_path / "mål.txt"), "--lang", "sv")
    run(project, "memo", "add", "Studiens första vecka", "--author", "lena")
    run(project, "sets", "make", "planer", "mål")
    run(project, "docs", "remove", "plan", "--reason", "fel kommun")
    for args in (("memo", "list"), ("sets", "list"), ("docs", "list", "--removed")):
        table = run(project, *args)
        assert MINUTE_UTC.search(table), (args, table)
    # the machine-readable forms keep the stored ISO time, offset and all
    memos = json.loads(run(project, "memo", "list", "-f", "json"))
    assert memos[0]["created_at"].endswith("+00:00")

"""`qualcode agree --format csv` as the source of a methods section's table: each code's
name in --lang beside its key, and the interval's ends as numbers (alpha_ci is text)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def _rows(project: Path, *args: str) -> list[dict[str, str]]:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(project), "agree", "--bootstrap", "50", "-f", "csv", *args]
    )
    assert result.exit_code == 0, result.output + result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))


def test_codes_by_name_and_the_interval_as_two_numbers(demo: Path) -> None:
    with Project.open(demo) as project:
        names = {c.key: c.name("sv") for c in project.codebook()}
    rows = _rows(demo, "--lang", "sv")
    per_code = [r for r in rows if r["scope"] == "code"]
    assert per_code and all(r["name"] == names[r["code"]] for r in per_code)
    assert any(r["name"] != r["code"] for r in per_code)  # a name, not the key again
    overall = next(r for r in rows if r["scope"] == "overall")
    assert overall["name"] == "" and overall["code"] == ""
    low, high = float(overall["alpha_low"]), float(overall["alpha_high"])
    assert low <= float(overall["alpha"]) <= high
    assert overall["alpha_ci"] == f"{low:.3f} to {high:.3f}"
    english = _rows(demo, "--lang", "en")
    with Project.open(demo) as project:
        in_english = {c.key: c.name("en") for c in project.codebook()}
    assert all(r["name"] == in_english[r["code"]] for r in english if r["scope"] == "code")

"""`suggest DOC --ranked` says which codes a listed sentence holds already ('has'): a
sentence suggested inside a whole paragraph was listed with its next code at 0.01, and the
coder took it for one the engine had missed (engine38)."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import ok


def test_ranked_rows_name_what_the_sentence_holds(plan_file: Path) -> None:
    path = plan_file
    ok(path, "suggest", "plan")
    with Project.open(path) as project:
        spans = {(s.code, s.start, s.end) for s in project.suggestions("plan")}
    rows = json.loads(ok(path, "suggest", "plan", "--ranked", "--limit", "50", "-f", "json"))
    for row in rows:
        over = {code for code, a, b in spans if a < row["end"] and row["start"] < b}
        assert set(filter(None, row["has"].split(","))) == over, row["text"]
    assert any(row["has"] for row in rows)
    table = ok(path, "suggest", "plan", "--ranked", "--limit", "50").splitlines()
    assert table[0].split()[:8] == ["doc", "start", "end", "code", "score", "second", "has", "text"]

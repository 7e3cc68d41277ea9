"""`suggest DOC --ranked` lists sentences a coder may want to code, but its table gave no
offsets: coding one from the CLI (`code add --doc D --start S --end E --code C`) took a
second run with --format json to find where it stands. The table now shows start and end."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import ok


def test_a_ranked_sentence_is_coded_from_the_offsets_the_table_shows(plan_file: Path) -> None:
    path = plan_file
    table = ok(path, "suggest", "plan", "--ranked", "--limit", "5").splitlines()
    header = table[0].split()
    first = table[2].split()
    start, end, code = (first[header.index(c)] for c in ("start", "end", "code"))
    best = json.loads(ok(path, "suggest", "plan", "--ranked", "--limit", "5", "-f", "json"))[0]
    assert (int(start), int(end), code) == (best["start"], best["end"], best["code"])
    ok(path, "code", "add", "--doc", "plan", "--start", start, "--end", end, "--code", code)
    with Project.open(path) as project:
        coded = project.codings()
    assert [(c.start, c.end, c.code) for c in coded] == [(best["start"], best["end"], code)]

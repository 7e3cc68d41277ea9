"""`suggest DOC --ranked` says which codes a listed sentence holds already ('has'): a
sentence suggested inside a whole paragraph was listed with its next code at 0.01, and the
coder took it for one the engine had missed (engine38). Since eyes42 a sentence with a
pending suggestion is not listed at all; 'has' names what the coder coded or accepted."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import ok


def test_ranked_rows_name_what_the_sentence_holds(plan_file: Path) -> None:
    path = plan_file
    ok(path, "suggest", "plan")
    with Project.open(path) as project:
        suggested = {(s.start, s.end) for s in project.suggestions("plan")}
        near = next(
            r
            for r in project.ranked("plan", coder="sara")
            if r.text.startswith("En ny medarbetare")
        )
        project.add_coding("plan", near.start, near.end, near.code, "sara")
    rows = json.loads(ok(path, "suggest", "plan", "--ranked", "--limit", "50", "-f", "json"))
    assert not [r for r in rows for a, b in suggested if a < r["end"] and r["start"] < b]
    coded = next(r for r in rows if r["text"] == near.text)
    assert (coded["code"], coded["has"]) == (near.second, near.code)
    assert [r["has"] for r in rows if r is not coded] == ["" for r in rows if r is not coded]
    table = ok(path, "suggest", "plan", "--ranked", "--limit", "50").splitlines()
    assert table[0].split()[:8] == ["doc", "start", "end", "code", "score", "second", "has", "text"]

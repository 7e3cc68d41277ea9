"""``benchmarks/data`` scored as documents keeps who speaks.

Its interview passages were imported without their speaker labels, so the interviewer's
questions became a participant's words: 17 of data's 31 no-code sentences suggested (tier
on) were questions a project never suggests on (an interviewer's turns get no code). The
labels now go in with the passages, and the project's own rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.eval_docs import imported
from benchmarks.real_sets import load_set


def test_the_interviewer_asks_in_benchmarks_data_as_documents() -> None:
    rows = [r for r in load_set("data") if r["lang"] == "sv" and r["kind"] == "interview"][:12]
    assert any(r["interviewer"] for r in rows) and not all(r["interviewer"] for r in rows)
    cands, hits = imported("data", rows, {})
    for row, hit in zip(rows, hits, strict=True):
        assert hit, row["text"]
        assert all(cands[i].interviewer == row["interviewer"] for i in hit), row["text"]
        assert all(row["text"] in cands[i].text or cands[i].text in row["text"] for i in hit)

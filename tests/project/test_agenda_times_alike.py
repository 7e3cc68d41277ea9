"""The reconciliation agenda writes an earlier decision's time as it writes a comment's
(eyes38): under "Samtal:" a comment read "(2026-12-04 16:18)", and under "Tidigare
beslut:" the decision reopened read "2026-12-04T16:18", ISO's T in a paper for a meeting."""

from __future__ import annotations

import re
from pathlib import Path

from qualcode import Project


def test_an_earlier_decision_is_timed_as_the_comments(trio: Project, tmp_path: Path) -> None:
    case = trio.cases()[0].case.id
    trio.comment(case, "lena", "karin: the sentence before sets it up")
    trio.decide(case, "accept:karin", "karin's reading", "lena")
    trio.reopen(case, "lena", "discuss again")
    trio.write_agenda(tmp_path / "sv.md", lang="sv")
    text = (tmp_path / "sv.md").read_text(encoding="utf-8")
    assert "karin's reading" in text
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text), text

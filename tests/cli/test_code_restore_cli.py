"""`qualcode code restore`: a removed coding back as it was, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_kit import EN_TEXT, code_add, counts, fails, import_text, lead_project, ok


@pytest.fixture
def removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    project = lead_project(tmp_path)
    import_text(project, "ip1.txt", EN_TEXT, "en")
    start = EN_TEXT.index("The caseload")
    code_add(project, "ip1", start, start + 12, "caseload", "--memo", "heavy")
    (coding,) = json.loads(ok(project, "code", "list", "--format", "json"))
    ok(project, "code", "remove", coding["id"][:8])
    return project, coding["id"]


def test_restore_brings_the_coding_back_with_its_memo(removed: tuple[Path, str]) -> None:
    project, coding_id = removed
    assert json.loads(ok(project, "code", "list", "--format", "json")) == []
    ok(project, "code", "restore", coding_id[:8])
    (back,) = json.loads(ok(project, "code", "list", "--format", "json"))
    assert back["id"] == coding_id
    assert "heavy" in ok(project, "memo", "list")


@pytest.mark.parametrize(
    ("ref", "message"), [("ffffffff", "no coding 'ffffffff'"), ("LIVE", "was not removed")]
)
def test_restoring_what_cannot_be_is_one_line(
    removed: tuple[Path, str], ref: str, message: str
) -> None:
    project, coding_id = removed
    if ref == "LIVE":
        ok(project, "code", "restore", coding_id[:8])
        ref = coding_id[:8]
    before = counts(project)
    assert message in fails(project, "code", "restore", ref)
    assert counts(project) == before

"""`codebook add` took a new code's names, definitions and parts but not its keywords,
which `codebook edit` takes: `--keywords-en` was refused as no such option, and a lead
adding a code with its words needed a second command (user50b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.cli.cli_kit import cli_run, lead_project


@pytest.fixture(autouse=True)
def _as_lena(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "lena")


def test_a_new_code_takes_its_keywords(tmp_path: Path) -> None:
    project = lead_project(tmp_path)
    args = ("codebook", "add", "turnover", "--parent", "mission", "--name-en", "Turnover")
    code, out, err = cli_run(project, "lena", *args, "--keywords-en", "turnover, agency staff")
    assert code == 0, out + err
    code, out, err = cli_run(project, "lena", "codebook", "add", "plain", "--name-en", "Plain")
    assert code == 0, out + err
    with Project.open(project) as opened:
        codes = {c.key: c for c in opened.act_as("lena").codebook()}
    assert list(codes["turnover"].keywords["en"]) == ["turnover", "agency staff"]
    assert not codes["plain"].keywords.get("en")

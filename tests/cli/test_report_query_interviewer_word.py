"""`qualcode report query` prints a named interviewer ("Intervjuare Maria", "Interviewer
Fiona") by her role in the interview's language, as its role labels ("I", "Intervjuare")
print as written: it printed the English word "interviewer" beside a Swedish interview's
"Intervjuare"."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.cli.cli_kit import code_add, import_text, lead_project, ok

SWEDISH = (
    "Intervjuare Maria: Hur går det med ärendena?\n"
    "Tova: Ärendena är för många och vi hinner inte med.\n"
    "Intervjuare Maria: Och budgeten?\n"
    "Tova: Den följer behoven bättre nu.\n"
)
ENGLISH = (
    "Interviewer Fiona: How are the cases going?\n"
    "Tom: There are too many cases and we cannot keep up.\n"
    "Interviewer Fiona: And the budget?\n"
    "Tom: It follows the needs better now.\n"
)


def _speakers(project: Path) -> dict[str, str]:
    out = ok(project, "report", "query", "mission", "--format", "csv")
    return {r["document"]: r["speaker"] for r in csv.DictReader(io.StringIO(out.lstrip("\ufeff")))}


def test_a_named_interviewer_prints_as_her_interviews_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    project = lead_project(tmp_path, "omar")
    import_text(project, "ip1_tova.txt", SWEDISH, "sv", "role=socialsekreterare")
    import_text(project, "ip2_tom.txt", ENGLISH, "en", "role=social worker")
    code_add(project, "ip1_tova", SWEDISH.index("Hur"), SWEDISH.index("?") + 1, "mission")
    code_add(project, "ip2_tom", ENGLISH.index("How"), ENGLISH.index("?") + 1, "mission")
    speakers = _speakers(project)
    assert speakers == {"ip1_tova.txt": "Intervjuare", "ip2_tom.txt": "Interviewer"}, speakers
    assert not {"Maria", "Fiona"} & set(
        ok(project, "report", "query", "mission").split()
    )  # her name stays out

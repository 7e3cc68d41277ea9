"""`qualcode report query` names speakers as every report does: through the pseudonym key.

Its rows are printed and saved as CSV or JSON for an appendix, as `report quotes` are, yet
it printed the transcript's own speaker labels: the real name of a participant the lead had
put on the key, beside `report quotes` citing the same passage as her pseudonym. The TUI's
query stays a working view of the stored text, as the coding screen is.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.cli.cli_kit import code_add, fails, import_text, lead_project, ok

TEXT = (
    "Intervjuare: Hur går det med ärendena?\n"
    "Tova: Vi pratar om uppdraget med Tova Lund varje vecka. Ärendena är för många.\n"
)


@pytest.fixture
def keyed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    project = lead_project(tmp_path, "omar")
    import_text(project, "ip1_tova.txt", TEXT, "sv", "role=socialsekreterare")
    start = TEXT.index("Vi pratar")
    code_add(project, "ip1_tova", start, len(TEXT) - 1, "mission")
    ok(project, "pseudonym", "set", "Tova", "IP5", "--kind", "speaker")
    ok(project, "pseudonym", "set", "Tova Lund", "IP5", "--kind", "speaker")
    return project


def _rows(project: Path, *args: str) -> list[dict[str, str]]:
    out = ok(project, "report", "query", "mission", "--format", "csv", *args)
    return list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))


def test_query_cites_the_speaker_by_pseudonym_as_the_quotes_do(keyed: Path) -> None:
    [row] = _rows(keyed)
    assert row["speaker"] == "IP5"  # was "Tova"
    assert "Tova" not in row["text"] and "IP5" in row["text"]
    assert "Tova" not in ok(keyed, "report", "query", "mission")  # the table too


def test_a_lead_asks_for_real_names(keyed: Path) -> None:
    [row] = _rows(keyed, "--real-names")
    assert row["speaker"] == "Tova" and "Tova Lund" in row["text"]


def test_a_coder_gets_no_real_names(keyed: Path) -> None:
    assert "not a lead" in fails(keyed, "report", "query", "mission", "--real-names",
                                 "--coder", "omar")  # fmt: skip


def test_a_coder_on_the_key_is_named_by_her_pseudonym(keyed: Path) -> None:
    """Every report names a coder the key names by her pseudonym (agree, the audit, the
    codings table, the .qdpx): the query's coder column printed her as she logs in."""
    ok(keyed, "pseudonym", "set", "lena", "Ledare-L")
    [row] = _rows(keyed)
    assert row["coder"] == "Ledare-L"
    assert "lena" not in ok(keyed, "report", "query", "mission", "--format", "json")
    [row] = _rows(keyed, "--real-names")
    assert row["coder"] == "lena"

"""`qualcode audit --format csv` as a lead opens it in a spreadsheet: one column per field
an entry records, not one cell of JSON text per entry; still safe to open, and
`--format json` still gives the entries as stored."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.model import AuditEntry
from qualcode.project.audit_columns import audit_columns
from tests.conftest import project_with

TEXT = "I: Hur började det?\nR: Vi pratade om uppdraget med politikerna.\n"


def _audit(path: Path, fmt: str) -> str:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "audit", "--format", fmt]
    )
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def _made(path: Path) -> None:
    with project_with(path, coders=(("lena", "lead"), ("karin", "coder"))) as project:
        project.import_text("ip1.txt", TEXT, lang="sv", attributes={"role": "enhetschef"})
        doc = project.import_text("=2+3.txt", TEXT + "R: Ja.\n", lang="sv").id
        project.add_code("mission", {"sv": "Uppdrag"})
        project.act_as("karin")
        project.add_coding(doc, 24, 66, "mission", "karin")


def test_each_payload_field_is_a_column_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _made(path)
    rows = list(csv.DictReader(io.StringIO(_audit(path, "csv").lstrip("\ufeff"))))
    assert list(rows[0])[:3] == ["at", "actor", "action"]
    imported = next(r for r in rows if r["action"] == "document.import")
    assert imported["name"] == "ip1.txt"
    assert imported["attributes"] == "role: enhetschef"
    coded = next(r for r in rows if r["action"] == "coding.add")
    assert (coded["code"], coded["start"], coded["end"]) == ("mission", "24", "66")
    assert not any(cell.startswith("{") for row in rows for cell in row.values())
    # a name a spreadsheet would run as a formula is still shown as text
    assert any(r["name"] == "'=2+3.txt" for r in rows)


def test_json_keeps_each_entry_as_stored(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _made(path)
    entries = json.loads(_audit(path, "json"))
    imported = next(e for e in entries if e["action"] == "document.import")
    assert imported["payload"]["attributes"] == {"role": "enhetschef"}


def test_a_field_named_as_an_entry_column_and_nested_values_stay_apart() -> None:
    entries = [
        AuditEntry("1", "t1", "lena", "x.do", {"action": "kept", "codes": ["a", "b"]}),
        AuditEntry("2", "t2", "lena", "y.do", {"codes": [{"k": 1}], "at": None}),
    ]
    flat = audit_columns(entries)
    assert flat.columns == ["at", "actor", "action", "codes", "payload.action", "payload.at"]
    assert flat.rows[0]["action"] == "x.do" and flat.rows[0]["payload.action"] == "kept"
    assert flat.rows[0]["codes"] == "a; b"
    assert flat.rows[1]["codes"] == '{"k": 1}'

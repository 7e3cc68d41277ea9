"""`qualcode audit --format csv` names each entry's document, not only its id (render44, stop
44): a co-author reading the flat audit sheet saw "25307f28-..." in the document column and
could not place a coding, a decision or a memo. The name is the audit screen's, through the
pseudonym key, still formula-safe."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import project_with

TEXT = "I: Hur började det?\nR: Vi pratade om uppdraget med politikerna i Åby.\n"


def _rows(path: Path) -> list[dict[str, str]]:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "audit", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output + result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))


def test_each_entry_names_its_document_through_the_key(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with project_with(path, coders=(("lena", "lead"), ("karin", "coder"))) as project:
        aby = project.import_text("aby_ip1.txt", TEXT, lang="sv").id
        formula = project.import_text("=2+3.txt", TEXT + "R: Ja.\n", lang="sv").id
        project.add_code("mission", {"sv": "Uppdrag"})
        project.set_pseudonym("Åby", "Kommun A", "lena", "place")
        project.act_as("karin")
        project.add_coding(aby, 20, 60, "mission", "karin")
        project.add_coding(formula, 20, 60, "mission", "karin")
    rows = _rows(path)
    assert list(rows[0])[:4] == ["at", "actor", "action", "document_name"]
    coded = [r for r in rows if r["action"] == "coding.add"]
    assert sorted(r["document_name"] for r in coded) == ["'=2+3.txt", "Kommun_A_ip1.txt"]
    assert all(r["document"] and r["document"] != r["document_name"] for r in coded)
    assert not any("Åby" in cell or "aby_ip1" in cell for r in rows for cell in r.values())

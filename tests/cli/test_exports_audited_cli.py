"""`qualcode export ...` leaves its entry in the audit log, and `qualcode audit` prints it:
who wrote which file, of which layer, with pseudonyms or real names, and how many
codings (no export was recorded before). A blind coder's export of her own codings is
hers to read there, and not her colleague's."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app


def _run(project: Path, *args: str, who: str = "lena") -> str:
    result = CliRunner(env={"QUALCODE_CODER": who}).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_an_export_on_the_command_line_is_in_the_audit(demo: Path, tmp_path: Path) -> None:
    _run(demo, "export", "codings", "-o", str(tmp_path / "all.xlsx"), "--real-names")
    _run(demo, "export", "codings", "-o", str(tmp_path / "mine.csv"), who="karin")
    (lead, own) = json.loads(_run(demo, "audit", "--action", "export", "-f", "json"))
    assert (lead["actor"], lead["action"]) == ("lena", "export.codings")
    assert lead["payload"]["file"] == "all.xlsx"
    assert lead["payload"]["names"] == "real names"
    assert lead["payload"]["codings"] > own["payload"]["codings"] > 0
    assert (own["actor"], own["payload"]["layer"]) == ("karin", "coder:karin")
    assert own["payload"]["coders"] == ["karin"] and own["payload"]["names"] == "pseudonyms"
    table = _run(demo, "audit", "--action", "export", "--wide")
    assert "export.codings" in table and "mine.csv" in table
    hers = json.loads(_run(demo, "audit", "--action", "export", "-f", "json", who="karin"))
    assert [e["payload"]["file"] for e in hers] == ["mine.csv"]
    assert _run(demo, "audit", "--action", "export", who="johan").strip() == "no entries"

"""An attributes sheet made from a table qualcode wrote holds the values it showed.

`docs list -f csv` and `export codings` guard a cell a spreadsheet would run with an
apostrophe in front: a note "- pratade om budget" is written "'- pratade om budget", a
role "+chef" "'+chef". A lead who cut such a table down to file name and attributes and
read it back with `docs attributes` (or `import --attributes`) stored the apostrophes:
the note became "'- pratade om budget" and every report split by role had a group
"'+chef" beside "+chef" (red team 37). The sheet's cells are read as the translation and
quote sheets' are since 2ac349ca: the export's apostrophe taken off, and only that.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import SV_TEXT
from tests.hostile.hostile_kit import qualcode

NOTE = "- pratade om budget"
ROLE = "+chef"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    source = tmp_path / "aby_01.txt"
    source.write_text(SV_TEXT, encoding="utf-8")
    for args in (
        ("init",),
        ("coder", "add", "lena", "--role", "lead"),
        ("import", str(source), "--lang", "sv"),
        ("docs", "set", "aby_01", f"notes={NOTE}", f"role={ROLE}", "--coder", "lena"),
    ):
        done = qualcode(path, *args, coder="lena")
        assert done.status == 0, done.stderr
    return path


def _attributes(project: Path) -> dict[str, str]:
    import json

    listed = qualcode(project, "docs", "list", "-f", "json", coder="lena")
    return dict(json.loads(listed.stdout)[0]["attributes"])


def test_a_listed_table_cut_to_its_attributes_reads_back_as_listed(
    project: Path, tmp_path: Path
) -> None:
    listed = qualcode(project, "docs", "list", "-f", "csv", coder="lena")
    rows = list(csv.DictReader(io.StringIO(listed.stdout.lstrip("\ufeff"))))
    assert rows[0]["notes"] == f"'{NOTE}"  # the guard, as the export writes it
    sheet = tmp_path / "attributes.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["file", "notes", "role"])
        writer.writerows([[r["name"], r["notes"], r["role"]] for r in rows])
    done = qualcode(project, "docs", "attributes", str(sheet), coder="lena")
    assert done.status == 0, done.stderr
    assert _attributes(project) == {"notes": NOTE, "role": ROLE}


def test_an_apostrophe_of_the_value_itself_stays(project: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "attributes.csv"
    sheet.write_text("file,notes,role\naby_01.txt,'sa hon',''+chef\n", encoding="utf-8")
    done = qualcode(project, "docs", "attributes", str(sheet), coder="lena")
    assert done.status == 0, done.stderr
    # no formula character after it: the cell's own; two before one: the guard's one off
    assert _attributes(project) == {"notes": "'sa hon'", "role": "'+chef"}

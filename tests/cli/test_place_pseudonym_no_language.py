"""An export written in no language of its own reads a proposed place in the project's
language (that of most documents): in an English study with one Swedish interview, the
codings table and the reports listed Åby as the stored "Kommun C" beside "Municipality A"
and "Municipality B", where the English summary says "Municipality C". A place the lead
typed stays as typed everywhere."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import small_codebook

ENGLISH = "Interviewer: How is the work?\n{name}: We talk about the mission a lot.\n"
SWEDISH = "Intervjuare: Hur är arbetet?\nEva Lund: Vi har dialog om uppdraget.\n"


def _run(path: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["-p", str(path), "--coder", "sam", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_codings_table_and_reports_read_in_the_projects_language(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("sam", role="lead")
        for name, text, lang, place in (
            ("int_01.txt", ENGLISH.format(name="Margaret Whitfield"), "en", "Ashbourne"),
            ("int_02.txt", ENGLISH.format(name="Tom Pryce"), "en", "Kingsmere"),
            ("aby_01.txt", SWEDISH, "sv", "Åby"),
        ):
            doc = project.import_text(name, text, lang=lang, attributes={"municipality": place})
            project.add_coding(doc.id, 0, 20, "mission_dialogue", "sam")
    _run(path, "pseudonym", "suggest", "--apply", "--kinds", "place")
    _run(path, "pseudonym", "set", "Kingsmere", "Kommun B", "--kind", "place")  # typed
    listed = _run(path, "pseudonym", "list", "-f", "json")
    # the key keeps the proposal in the project's words (pseudo40b: was its documents')
    assert '"Municipality C"' in listed and '"Kommun C"' not in listed
    out = tmp_path / "codings.csv"
    _run(path, "export", "codings", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["municipality"] for r in rows} == {"Municipality A", "Kommun B", "Municipality C"}
    table = _run(path, "report", "frequencies", "--by", "municipality")
    assert "Municipality C" in table and "Kommun C" not in table and "Åby" not in table

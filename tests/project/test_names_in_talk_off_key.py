"""A lead's export says which names in the transcripts' talk the key does not replace.

`pseudonym suggest --apply` keys the speakers alone unless told; the places and the memos
off the key each had a note on every export, the talk none, so a lead who took the key
for done sent out "Jag pratade med Åsa" without a word said. ``names_off_key`` lists
them (labels, municipalities and memo-only names have their own notes); the CLI says so.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import project_with

NAMED = (
    "I: Vem stöttade dig?\n\n"
    "Karin: Jag pratade med Åsa om det, och med Åsa Öberg på enheten.\n\n"
    "I: Och sedan?\n\n"
    "Karin: Sedan blev det bättre.\n"
)
QUIET = "I: Hur var det?\n\nPer: Det var bra.\n\nI: Tack.\n\nPer: Tack själv.\n"


def test_the_names_in_the_talk_off_the_key_are_listed(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("ip_01.txt", NAMED)) as project:
        quiet = project.import_text("ip_02.txt", QUIET, lang="sv").id
        project.add_coder("johan")
        project.make_document_set("quiet", "lena", [quiet])
        project.apply_suggested_pseudonyms("lena")  # the speakers alone
        before = project.names_off_key("lena")
        in_quiet = project.names_off_key("lena", "quiet")
        project.act_as("johan")
        for_a_coder = project.names_off_key("johan")
        project.act_as("lena")
        project.apply_suggested_pseudonyms("lena", ["person"])
        after = project.names_off_key("lena")
    assert before == ["Åsa", "Åsa Öberg"]  # not Karin: her label is keyed, so is her name
    assert in_quiet == [] and for_a_coder == [] and after == []


def test_the_export_says_so(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with project_with(path, ("ip_01.txt", NAMED)) as project:
        project.apply_suggested_pseudonyms("lena")
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "export", "codings", str(tmp_path / "c.csv")]
    )
    assert result.exit_code == 0, result.output
    (line,) = [s for s in result.stderr.splitlines() if "transcripts say" in s]
    assert "Åsa" in line and "--kinds person" in line

"""``report quotes --lang sv``: a Swedish team's quotes read as its Swedish summary and
codings sheet do, "Kommun A", the role in Swedish, "tur 2", the table headed "Citat" and
"källa", where the report printed "Municipality A ... turn 2" under English headings
beside a Swedish summary saying "Kommun A" (study48). English stays the default, and a
CSV's or JSON's column names stay English whatever the language: a script reads them."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import ValidationError
from qualcode.project import Project
from qualcode.project.quote_sources import quote_source
from tests.cli.role_words_kit import coded_with_role, english_cli


def _kommun(project: Project) -> None:
    """chef.txt in Åby by a förvaltningschef, coded once, and Åby put on the key as
    qualcode proposes it."""
    coded_with_role(project, "chef.txt", "förvaltningschef")
    english_cli(project, "pseudonym", "suggest", "--apply", "--kinds", "place")


def test_the_swedish_table_cites_place_role_and_turn_in_swedish(project: Project) -> None:
    _kommun(project)
    printed = english_cli(project, "report", "quotes", "--code", "integration", "--lang", "sv")
    assert "Citat" in printed and "källa" in printed and "kodning" in printed
    assert "förvaltningschef, tur 2" in printed
    assert "turn" not in printed and "source" not in printed and "Quotes" not in printed
    assert "head of administration" not in printed
    default = english_cli(project, "report", "quotes", "--code", "integration")
    assert "head of administration, turn 2" in default and "source" in default
    assert "Quotes" in default and "tur 2" not in default


def test_a_set_is_named_in_the_reports_language(project: Project) -> None:
    _kommun(project)
    english_cli(project, "sets", "make", "Åby först", "--attr", "municipality=Åby")
    args = ("report", "quotes", "--set", "Åby först")
    assert "i gruppen 'Kommun A först'" in english_cli(project, *args, "--lang", "sv")
    assert "in the set 'Municipality A först'" in english_cli(project, *args)


def test_a_csv_keeps_its_english_columns_with_swedish_values(project: Project) -> None:
    _kommun(project)
    files = {
        lang: english_cli(project, "report", "quotes", "-f", "csv", "--lang", lang)
        for lang in ("sv", "en")
    }
    sv, en = (list(csv.DictReader(io.StringIO(files[k].lstrip("\ufeff")))) for k in ("sv", "en"))
    assert list(sv[0]) == list(en[0])  # one set of column names for a script
    assert sv[0]["municipality"] == "Kommun A" and en[0]["municipality"] == "Municipality A"
    assert sv[0]["speaker_role"] == "förvaltningschef"
    assert en[0]["speaker_role"] == "head of administration"


def test_the_python_api_takes_the_same_language(project: Project) -> None:
    _kommun(project)
    frame = project.report_quotes("integration", lang="sv", viewer="lena")
    assert list(frame["municipality"]) == ["Kommun A"]
    assert list(frame["role"]) == ["förvaltningschef"]
    with pytest.raises(ValidationError, match=r"^lang 'de': use en or sv$"):
        project.report_quotes("integration", lang="de", viewer="lena")


def test_another_language_is_refused_in_one_line(project: Project) -> None:
    got = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(project.path), "report", "quotes", "--lang", "de"]
    )
    assert got.exit_code == 1
    assert got.output == (
        "error: qualcode report quotes: Invalid value for --lang: 'de': use en or sv (see --help)\n"
    )


def test_a_plan_and_the_interviewer_are_cited_in_the_language() -> None:
    plan = {"cited_as": "handlingsplan", "participant": None, "turn": 3}
    assert quote_source({**plan, "speaker_role": "plan"}, "sv") == "handlingsplan, plan, stycke 3"
    assert quote_source({**plan, "speaker_role": None}, "sv") == "handlingsplan, stycke 3"
    asked = {**plan, "cited_as": "ip_anna", "speaker_role": "interviewer"}
    assert quote_source(asked, "sv") == "ip_anna, intervjuare, tur 3"
    assert quote_source(asked) == "ip_anna, interviewer, turn 3"

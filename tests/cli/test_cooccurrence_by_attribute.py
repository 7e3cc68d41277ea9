"""Code co-occurrence for one group of documents (NVivo's matrix query, MAXQDA's code
relations by document variable): ``report cooccurrence --attr KEY=VALUE``. Only a
document set could narrow it, made first by hand for each group."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import ValidationError
from qualcode.project import Project

runner = CliRunner(env={"QUALCODE_CODER": "lena"})


@pytest.fixture
def two_groups(project: Project) -> Project:
    """aby_01 (Åby): integration with mission_dialogue; a Norrvik text: integration alone
    twice over with caseload."""
    project.act_as("lena")
    project.import_text(
        "norrvik_01.txt",
        "R: Vi har för många ärenden. Chefen lyssnar.\n",
        lang="sv",
        attributes={"municipality": "Norrvik"},
    )
    project.add_coding("aby_01.txt", 0, 20, "integration", "lena")
    project.add_coding("aby_01.txt", 5, 25, "mission_dialogue", "lena")
    project.add_coding("norrvik_01.txt", 3, 30, "integration", "lena")
    project.add_coding("norrvik_01.txt", 3, 30, "caseload", "lena")
    return project


def test_one_municipalitys_codes_meet_apart_from_the_others(two_groups: Project) -> None:
    aby = two_groups.report_cooccurrence(attributes={"municipality": "Åby"})
    assert aby.loc["integration", "mission_dialogue"] == 1
    assert "caseload" not in aby.index or aby.loc["integration", "caseload"] == 0
    both = two_groups.report_cooccurrence(attributes={"municipality": ["Åby", "Norrvik"]})
    assert both.loc["integration", "caseload"] == 1
    with pytest.raises(ValidationError, match="no document has municipality=Ekstad"):
        two_groups.report_cooccurrence(attributes={"municipality": "Ekstad"})


def test_the_cli_takes_attr(two_groups: Project) -> None:
    path = str(two_groups.path)
    got = runner.invoke(
        app, ["-p", path, "report", "cooccurrence", "--attr", "municipality=Norrvik", "-f", "csv"]
    )
    assert got.exit_code == 0, got.output
    assert "caseload" in got.output and "mission_dialogue" not in got.output
    bad = runner.invoke(app, ["-p", path, "report", "cooccurrence", "--attr", "municipality"])
    assert bad.exit_code == 1 and "KEY=VALUE" in bad.output

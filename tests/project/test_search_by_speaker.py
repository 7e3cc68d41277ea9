"""`search --respondents` and `search --participant IP1b`: a search within whom speaks, as
MAXQDA and NVivo search only in what one participant or the respondents said. The
interviewer's questions echo the theme's words and flooded the hits; a participant is
asked for as the reports cite her, and one cited nowhere is one line naming those who are
(search47)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import SettingError
from tests.conftest import team_project

PAIR = (
    "Intervjuare: Hur planerar ni veckan?\n\n"
    "Vendela Rask: Vi planerar veckan tillsammans i arbetslaget.\n\n"
    "Gustav Ek: Jag planerar mest själv.\n\n"
    "Vendela Rask: Fredagarna planerar vi om.\n"
)
PLAN = "Handlingsplan. Enheten planerar arbetet varje vecka.\n"


def _study(path: Path) -> Project:
    project, _ = team_project(path, document=("par.txt", PAIR))
    project.import_text("plan.txt", PLAN, lang="sv")
    project.act_as("karin")
    return project


def _said(hits: list) -> list[str]:
    return [h.text for h in hits]


def test_the_respondents_leave_the_questions_out_and_keep_a_plan(tmp_path: Path) -> None:
    with _study(tmp_path / "p.db") as project:
        everyone = project.search_text("planera", exact=False)
        answers = project.search_text("planera", respondents=True)
    assert [h.speaker for h in everyone].count("Intervjuare") == 1
    assert "Intervjuare" not in {h.speaker for h in answers}
    # both of the pair, and the plan (no one speaks in it) whole
    assert {h.speaker for h in answers} == {"Vendela Rask", "Gustav Ek", None}
    assert len(answers) == len(everyone) - 1


def test_one_participant_of_a_pair_as_the_reports_cite_her(tmp_path: Path) -> None:
    with _study(tmp_path / "p.db") as project:
        hers = project.search_text("planera", participant="ip1a")  # any case
        both = project.search_text("planera", participant=["IP1a", "IP1b"])
    assert {h.speaker for h in hers} == {"Vendela Rask"} and len(hers) == 2
    assert {h.speaker for h in both} == {"Vendela Rask", "Gustav Ek"}  # no plan, no question


def test_a_participant_is_not_asked_for_by_her_real_name(tmp_path: Path) -> None:
    with _study(tmp_path / "p.db") as project, pytest.raises(SettingError) as refused:
        project.search_text("planera", participant="Vendela Rask")
    said = str(refused.value)
    assert "no participant 'Vendela Rask' (participants: IP1a, IP1b)" in said
    assert "Gustav" not in said


def test_coding_the_hits_of_one_participant_codes_only_hers(tmp_path: Path) -> None:
    with _study(tmp_path / "p.db") as project:
        done = project.code_hits("planera", "mission", "karin", participant="IP1b")
        doc = next(d.id for d in project.documents() if d.name == "par.txt")
        text = project.document_texts([doc])[doc]
        coded = [text[c.start : c.end] for c in project.codings(doc, "karin")]
    assert done.hits == 1
    assert coded == ["Jag planerar mest själv."]


def test_the_interviewers_echo_on_the_demo_is_no_hit(demo: Path) -> None:
    """aby_04: the interviewer asks "Hur såg arbetsmiljön ut"; only the union
    representative's own words are hits with --respondents and --participant IP4."""
    run = CliRunner()
    env = {"QUALCODE_CODER": "lena"}
    base = ["-p", str(demo), "search", "arbetsmiljö", "--doc", "aby_04", "--format", "json"]
    every = run.invoke(app, base, env=env)
    answers = run.invoke(app, [*base, "--respondents"], env=env)
    hers = run.invoke(app, [*base, "--participant", "IP4"], env=env)
    assert every.exit_code == answers.exit_code == hers.exit_code == 0
    assert "Hur såg" in every.stdout
    assert "Hur såg" not in answers.stdout and "Hur såg" not in hers.stdout
    assert answers.stdout == hers.stdout and answers.stdout.count('"hit"') == 2


def test_an_unknown_participant_is_one_line(demo: Path) -> None:
    got = CliRunner().invoke(
        app,
        ["-p", str(demo), "search", "arbetsmiljö", "--participant", "IP99"],
        env={"QUALCODE_CODER": "lena"},
    )
    assert got.exit_code == 1 and not got.stdout
    assert got.stderr.startswith("error: --participant: no participant 'IP99' (participants: IP1,")
    assert len(got.stderr.strip().splitlines()) == 1


def test_a_filter_boxs_participant_word_unless_an_attribute_is_named_so(tmp_path: Path) -> None:
    """The TUI's `f`: participant=IP1a names who said it; where documents carry an
    attribute of that name, the word stays that attribute's filter."""
    from qualcode.project.speaker_filter import participant_filter

    with _study(tmp_path / "p.db") as project:
        asked = {"participant": ("IP1a",), "municipality": ("Åby",)}
        said = participant_filter(asked, project.documents())
        doc = project.documents()[0].id
        project.act_as("lena")
        project.set_attributes(doc, {"participant": "IP1a"})
        kept = participant_filter(asked, project.documents())
    assert said == (("IP1a",), {"municipality": ("Åby",)})
    assert kept == ((), asked)

"""Codes per participant from the CLI and the API's report frames: `report frequencies
--by participant` and `report crosstab participant` count who said the coded words,
cited as the quotes cite her. NVivo's cases by codes was a notebook's join of turns by
offset (study46), and its speaker labels were the stored names."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import cli_run
from tests.conftest import team_project
from tests.project.team_kit import lines_coded

TEXT = (
    "Intervjuare: Hur blev det med de större grupperna i höstas?\n\n"
    "Vendela Rask: Vi fick fler barn i samma rum och ingen frågade oss först.\n\n"
    "Intervjuare: Och arbetslaget?\n\n"
    "Vendela Rask: Vi planerar veckan tillsammans på fredagarna.\n"
)


def _study(path: Path, attributes: dict[str, str] | None = None) -> None:
    project, doc = team_project(path, document=("fsk.txt", TEXT))
    with project:
        project.act_as("lena")
        project.set_attributes(doc, {"municipality": "Åby", **(attributes or {})})
        project.set_pseudonym("Vendela Rask", "IP7", "lena", kind="speaker")
        firsts = ("Vi fick fler barn", "Vi planerar veckan", "Och arbetslaget?")
        lines_coded(project, doc, TEXT, firsts)


def test_codes_per_participant_by_pseudonym(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        table = project.report_frequencies(by=["participant"], lang="en")
        cross = project.report_crosstab("participant")
        own = project.report_crosstab("participant", real_names=True, viewer="lena")
    # the interviewer's question is no participant's words
    assert table[["participant", "segments"]].values.tolist() == [["IP7", 2], ["not given", 1]]
    assert cross.loc["mission", "IP7"] == 2 and cross.loc["total", "total"] == 3
    assert "Vendela Rask" in own.columns  # a lead's own copy
    code, out, err = cli_run(path, "lena", "report", "crosstab", "participant", "-f", "csv")
    assert code == 0, err
    assert "IP7" in out and "Vendela" not in out and "Rask" not in out


def test_an_attribute_named_participant_keeps_its_meaning(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path, {"participant": "förskollärare"})
    with Project.open(path) as project:
        project.act_as("lena")
        table = project.report_frequencies(by=["participant"])
    assert table[["participant", "segments"]].values.tolist() == [["förskollärare", 3]]


PLAN = (
    "Handlingsplan för arbetsmiljön i Åby\n\n"
    "Nämnden ska varje år följa upp hur många ärenden varje handläggare har.\n"
)


def test_a_text_without_speakers_is_counted_by_its_name_as_the_summary_counts_it(
    tmp_path: Path,
) -> None:
    """A plan has no participant: the summary's matrix ("Themes by participant and other
    document") gives its codings a row by the document's name, where the split counted
    them as "not given" beside the interviewer's question (minor47). The plan is named as
    the reports name a document, through the key ('Åby' on it as "Kommun A")."""
    path = tmp_path / "p.db"
    _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        plan = project.import_text("aby_plan.txt", PLAN, lang="sv").id
        project.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
        project.act_as("karin")
        start = PLAN.index("Nämnden")
        project.add_coding(plan, start, PLAN.index("\n", start), "mission", "karin")
        project.act_as("lena")
        table = project.report_frequencies(by=["participant"], lang="en")
        cross = project.report_crosstab("participant")
    rows = table[["participant", "segments"]].values.tolist()
    assert rows == [["IP7", 2], ["Kommun_A_plan", 1], ["not given", 1]], rows
    assert list(cross.columns) == ["IP7", "Kommun_A_plan", "not given", "total"]
    code, out, err = cli_run(path, "lena", "report", "crosstab", "participant", "-f", "csv")
    assert code == 0, err
    assert "Kommun_A_plan" in out and "aby_plan" not in out, out


def test_a_report_and_a_filter_box_read_the_word_participant_alike(tmp_path: Path) -> None:
    """`report frequencies --by participant` and the TUI's filter box word
    `participant=IP7` ask one rule (``report_groups.names_who_said``): who said it, or,
    where documents carry an attribute of that name, that attribute, in both at once."""
    from qualcode.project.speaker_filter import participant_filter

    read_as_who_said = []
    for attributes in (None, {"participant": "förskollärare"}):
        path = tmp_path / f"{len(read_as_who_said)}.db"
        _study(path, attributes)
        with Project.open(path) as project:
            project.act_as("lena")
            split = project.report_frequencies(by=["participant"])["participant"].tolist()
            asked, _ = participant_filter({"participant": ("IP7",)}, project.documents())
        report_reads = "IP7" in split
        assert report_reads == (asked == ("IP7",)), (split, asked)
        read_as_who_said.append(report_reads)
    assert read_as_who_said == [True, False]

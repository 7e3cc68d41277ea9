"""An export says which municipalities it printed as written, off the pseudonym key (eyes10):
`pseudonym suggest --apply` keys only the speakers unless told, and a lead took the key for
done and sent out a summary citing "IP2, unit manager, Norrvik". The note is the lead's (she
keeps the key), never a coder's, and goes once the places are on the key."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

INTERVIEW = "Interviewer: What is your role?\nSofia: I manage the unit for families.\n"


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.import_text(
            "n_01.txt", INTERVIEW, lang="en", attributes={"municipality": "Norrvik"}
        )
        project.import_text(
            "a_01.txt", INTERVIEW + "Sofia: Yes.\n", lang="en", attributes={"municipality": "Åby"}
        )
        project.import_text("plan.txt", "A plan for the unit.\n", lang="en")
        project.set_pseudonym("Sofia", "IP1", "lena", kind="speaker")
    return path


def test_the_lead_is_told_which_places_print_as_written(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path) as project:
        assert project.places_off_key("lena") == ["Norrvik", "Åby"]
        assert project.places_off_key("karin") == []  # the key is the lead's
        assert project.places_off_key(None) == []
    runner = CliRunner()
    out = tmp_path / "codings.csv"
    result = runner.invoke(
        app, ["-p", str(path), "--coder", "lena", "export", "codings", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "2 municipalities not on the pseudonym key, printed as written: Norrvik, Åby" in (
        result.stderr
    )
    result = runner.invoke(
        app,
        [
            "-p",
            str(path),
            "--coder",
            "lena",
            "export",
            "codings",
            "-o",
            str(out),
            "--force",
            "--real-names",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "not on the pseudonym key" not in result.stderr  # real names: no places to name
    with Project.open(path) as project:
        project.set_pseudonym("Norrvik", "Municipality A", "lena", kind="place")
        project.set_pseudonym("åby", "Municipality B", "lena", kind="place")  # any case
        assert project.places_off_key("lena") == []
    result = runner.invoke(
        app, ["-p", str(path), "--coder", "lena", "export", "codings", "-o", str(out), "--force"]
    )
    assert result.exit_code == 0, result.output
    assert "pseudonym key" not in result.stderr


def test_a_summary_of_chosen_documents_names_their_places_only(tmp_path: Path) -> None:
    """`export summary --docs a_01` prints Åby's interview only: Norrvik is not in it."""
    path = _project(tmp_path)
    with Project.open(path) as project:
        assert project.places_off_key("lena", docs=["a_01"]) == ["Åby"]
    out = tmp_path / "summary.md"
    args = ["-p", str(path), "--coder", "lena", "export", "summary", "--layer", "coder"]
    result = CliRunner().invoke(app, [*args, "--allow-empty", "--docs", "a_01", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 municipality not on the pseudonym key, printed as written: Åby" in result.stderr


def test_an_agenda_of_chosen_documents_names_their_places_and_speakers_only(
    tmp_path: Path,
) -> None:
    """`reconcile agenda --docs a_01` holds Åby's cases only: the note named Norrvik too,
    and Mats, a speaker of Norrvik's interview alone, a name the agenda never prints."""
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        for coder in ("karin", "johan"):
            project.add_coder(coder)
        project.add_code("unit", {"en": "Unit"})
        norrvik = "Interviewer: What is your role?\nMats: I lead the unit for families.\n"
        for name, text, place in (("n_01.txt", norrvik, "Norrvik"), ("a_01.txt", INTERVIEW, "Åby")):
            doc = project.import_text(name, text, lang="en", attributes={"municipality": place})
            for coder, end in (("karin", 20), ("johan", 30)):  # a boundary case each
                project.act_as(coder)
                project.add_coding(doc.id, 0, end, "unit", coder)
                project.set_status(doc.id, coder, "done")
        project.act_as("lena")
        project.set_pseudonym("Sofia", "IP1", "lena", kind="speaker")
        assert project.speakers_off_key("lena") == ["Mats"]
        assert project.speakers_off_key("lena", docs=["a_01"]) == []
    args = ["-p", str(path), "--coder", "lena", "reconcile", "agenda", "--docs", "a_01"]
    result = CliRunner().invoke(app, [*args, "-o", str(tmp_path / "agenda.md")])
    assert result.exit_code == 0, result.output
    assert "1 municipality not on the pseudonym key, printed as written: Åby (" in result.stderr
    assert "Mats" not in result.stderr

"""The first person a project hears of is its lead, from either face. A new project's
first CLI command with ``QUALCODE_CODER=lena`` said "unknown coder 'lena'" while the TUI,
asked the same name, made her its lead: one rule now (``Project.join_first``), the TUI's
``join``: the first person named in a project that holds nobody yet joins it, as its lead
on the login that owns the file. A project holding people still refuses a stranger."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import small_codebook

runner = CliRunner()


def _fresh(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    Project.create(path).close()
    return path


def _codebook(tmp_path: Path) -> Path:
    book = tmp_path / "book.yaml"
    with Project.create(tmp_path / "book.db") as project:
        project.apply_codebook(small_codebook())
        project.export_codebook(book)
    return book


def _roles(path: Path) -> dict[str, str]:
    with Project.open(path) as project:
        return {c.name: c.role for c in project.coders()}


def test_the_variable_s_person_leads_a_new_project(tmp_path: Path) -> None:
    path, book = _fresh(tmp_path), _codebook(tmp_path)
    env = {"QUALCODE_CODER": "lena"}
    loaded = runner.invoke(app, ["-p", str(path), "codebook", "load", str(book)], env=env)
    assert loaded.exit_code == 0, loaded.stderr
    assert "lena joins the project as its lead" in loaded.stderr
    assert _roles(path) == {"lena": "lead"}
    # once, the first time: the next command says nothing of it
    listed = runner.invoke(app, ["-p", str(path), "coder", "list"], env=env)
    assert listed.exit_code == 0 and "joins" not in listed.stderr
    # a project holding someone refuses a name it does not know (a typo, a stranger)
    stranger = runner.invoke(app, ["-p", str(path), "docs", "list"], env={"QUALCODE_CODER": "kain"})
    assert stranger.exit_code == 1 and "unknown coder 'kain'" in stranger.stderr
    assert _roles(path) == {"lena": "lead"}


def test_a_typed_coder_leads_a_new_project_too(tmp_path: Path) -> None:
    path = _fresh(tmp_path)
    result = runner.invoke(
        app, ["-p", str(path), "--coder", "lena", "team", "whoami"], env={"QUALCODE_CODER": ""}
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("lena (lead)")


def test_adding_the_team_first_makes_the_one_adding_its_lead(tmp_path: Path) -> None:
    path = _fresh(tmp_path)
    env = {"QUALCODE_CODER": "lena"}
    added = runner.invoke(app, ["-p", str(path), "coder", "add", "karin"], env=env)
    assert added.exit_code == 0, added.stderr
    assert _roles(path) == {"lena": "lead", "karin": "coder"}


def test_adding_herself_as_lead_is_not_refused_as_twice(tmp_path: Path) -> None:
    """The README's way still works with the variable set: she is added once, as typed."""
    path = _fresh(tmp_path)
    env = {"QUALCODE_CODER": "lena"}
    added = runner.invoke(app, ["-p", str(path), "coder", "add", "lena", "--role", "lead"], env=env)
    assert added.exit_code == 0, added.stderr
    assert _roles(path) == {"lena": "lead"}


def test_the_service_joins_nobody_into_a_project_holding_people(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("karin")
    with Project.open(path) as project:
        assert project.join_first("lena", None) is None
        assert project.join_first("", None) is None
    assert _roles(path) == {"karin": "coder"}


def test_init_says_who_leads(tmp_path: Path) -> None:
    made = runner.invoke(app, ["-p", str(tmp_path / "p.db"), "init"], env={"QUALCODE_CODER": ""})
    assert made.exit_code == 0 and "joins it as its lead" in made.stderr
    helped = runner.invoke(app, ["init", "--help"])
    assert "first person named" in helped.stdout


def test_a_coder_in_a_project_without_a_lead_is_told_how_one_joins(tmp_path: Path) -> None:
    """Set up with ``coder add karin`` and no name given, a project holds a coder and no
    lead, and every lead's act was refused as "karin is not a lead" with no way out said."""
    path, book = _fresh(tmp_path), _codebook(tmp_path)
    added = runner.invoke(app, ["-p", str(path), "coder", "add", "karin"], env={})
    assert added.exit_code == 0, added.stderr
    assert _roles(path) == {"karin": "coder"}
    karin = {"QUALCODE_CODER": "karin"}
    refused = runner.invoke(app, ["-p", str(path), "codebook", "load", str(book)], env=karin)
    assert refused.exit_code == 1
    said = " ".join(refused.stderr.split())
    assert "karin is not a lead" in said and "no lead yet" in said
    assert "`qualcode coder add NAME --role lead`" in said
    # the way out it names works: a lead joins, and the codebook loads as her
    lena = runner.invoke(
        app, ["-p", str(path), "coder", "add", "lena", "--role", "lead"], env=karin
    )
    assert lena.exit_code == 0, lena.stderr
    loaded = runner.invoke(
        app, ["-p", str(path), "--coder", "lena", "codebook", "load", str(book)], env={}
    )
    assert loaded.exit_code == 0, loaded.stderr
    # once a lead exists, a coder's refusal no longer says the project has none
    again = runner.invoke(app, ["-p", str(path), "codebook", "load", str(book)], env=karin)
    assert again.exit_code == 1 and "no lead yet" not in again.stderr

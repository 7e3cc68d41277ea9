"""`qualcode sets` and `--set NAME`: a document set made, listed, shown, changed and
deleted from the command line, and a search narrowed to it; a bad request is one line
and writes nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from qualcode.cli import app
from tests.cli.cli_kit import counts, fails, import_text, lead_project, ok, runner

ABY = "I: Hur många ärenden har du?\nR: Jag har för många ärenden.\n"
EKSTAD = "I: Och ni?\nR: Vi har färre ärenden nu.\n"


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    project = lead_project(tmp_path, "karin")
    for name, text, place in (("aby_01.txt", ABY, "Åby"), ("ekstad_01.txt", EKSTAD, "Ekstad")):
        import_text(project, name, text, "sv", f"municipality={place}")
    return project


def _err(project: Path, *args: str) -> str:
    """Run a command that must succeed; returns its message (stderr)."""
    result = runner.invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stderr


@pytest.mark.slow  # imports run the spaCy pipeline
def test_a_set_made_listed_shown_changed_and_deleted(study: Path) -> None:
    assert "made the set 'Åby' of 1 document" in _err(
        study, "sets", "make", "Åby", "--attr", "municipality=Åby"
    )
    ok(study, "sets", "add", "Åby", "ekstad_01")
    listed = list(
        csv.DictReader(io.StringIO(ok(study, "sets", "list", "-f", "csv").lstrip("\ufeff")))
    )
    assert [(r["set"], r["documents"], r["made_by"]) for r in listed] == [("Åby", "2", "lena")]
    shown = ok(study, "sets", "show", "Åby")
    assert "aby_01.txt" in shown and "ekstad_01.txt" in shown
    assert "took 1 document out of 'Åby' (now 1)" in _err(
        study, "sets", "remove", "Åby", "ekstad_01"
    )
    hits = ok(study, "search", "ärenden", "--set", "Åby")
    assert "2 hits" in hits and "ekstad" not in hits
    assert "3 hits" in ok(study, "search", "ärenden")
    ok(study, "sets", "delete", "Åby")
    assert "no document sets yet" in ok(study, "sets", "list")


@pytest.mark.slow  # imports run the spaCy pipeline
def test_bad_set_commands_are_one_line_and_write_nothing(
    study: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(study, "sets", "make", "first", "aby_01")
    before = counts(study)
    assert (
        fails(study, "sets", "make", "first", "ekstad_01")
        == "a document set 'first' exists already"
    )
    assert "no document set 'second' (sets: first)" in fails(
        study, "search", "x", "--set", "second"
    )
    assert "'ekstad_01.txt' is not in the set 'first'" in fails(
        study, "sets", "remove", "first", "ekstad_01"
    )
    monkeypatch.setenv("QUALCODE_CODER", "karin")  # a coder, not who made the set
    assert "karin may not delete the set 'first'" in fails(study, "sets", "delete", "first")
    assert "--attr 'municipality'" in fails(study, "sets", "make", "x", "--attr", "municipality")
    assert counts(study) == before


@pytest.mark.slow  # imports run the spaCy pipeline
def test_docs_list_shows_one_sets_documents(study: Path) -> None:
    ok(study, "sets", "make", "first", "ekstad_01")
    listed = ok(study, "docs", "list", "--set", "first")
    assert "ekstad_01.txt" in listed and "aby_01.txt" not in listed
    assert "aby_01.txt" in ok(study, "docs", "list")
    assert "--removed and --set" in fails(study, "docs", "list", "--removed", "--set", "first")


@pytest.mark.slow  # imports run the spaCy pipeline
def test_reports_and_exports_take_a_set(study: Path, tmp_path: Path) -> None:
    for name in ("aby_01", "ekstad_01"):
        ok(study, "search", "ärenden", "--doc", name, "--code", "caseload", "--coder", "karin")
    ok(study, "sets", "make", "south", "aby_01")
    counted = ok(study, "report", "frequencies", "--by", "municipality", "--set", "south")
    assert "in the set 'south'" in counted and "Åby" in counted and "Ekstad" not in counted
    assert "Ekstad" in ok(study, "report", "frequencies", "--by", "municipality")
    quoted = ok(study, "report", "quotes", "--set", "south", "-f", "csv")
    assert "aby_01" in quoted and "ekstad_01" not in quoted
    assert "in the set 'south'" in ok(study, "report", "cooccurrence", "--set", "south")
    assert "Ekstad" not in ok(study, "report", "crosstab", "municipality", "--set", "south")
    summary = tmp_path / "south.md"
    said = _err(study, "export", "summary", str(summary), "--layer", "coder", "--set", "south")
    # the places it prints as written, off the pseudonym key: the set's, not Ekstad
    assert "not on the pseudonym key, printed as written: Åby (" in said
    assert "documents of the set “south”" in summary.read_text(encoding="utf-8")
    ok(study, "export", "qdpx", str(tmp_path / "south.qdpx"), "--set", "south")
    before = counts(study)
    assert "no document set 'north' (sets: south)" in fails(
        study, "export", "qdpx", str(tmp_path / "north.qdpx"), "--set", "north"
    )
    assert not (tmp_path / "north.qdpx").exists() and counts(study) == before


@pytest.mark.slow  # imports run the spaCy pipeline
def test_a_set_renamed_and_bad_new_names_refused(
    study: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(study, "sets", "make", "first", "aby_01")
    ok(study, "sets", "make", "Åby", "aby_01")
    assert "renamed the set 'first' to 'round one'" in _err(
        study, "sets", "rename", "first", "round one"
    )
    assert "round one" in ok(study, "sets", "list") and "first" not in ok(study, "sets", "list")
    before = counts(study)
    assert "reads as 'Åby', which exists already" in fails(
        study, "sets", "rename", "round one", "ÅBY"
    )
    assert fails(study, "sets", "rename", "round one", " ") == (
        "document set name: give the set a name"
    )
    assert "a name must be one line" in fails(study, "sets", "rename", "round one", "a\nb")
    assert "no document set 'first'" in fails(study, "sets", "rename", "first", "x")
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    assert "karin may not rename the set 'round one'" in fails(
        study, "sets", "rename", "round one", "mine"
    )
    assert counts(study) == before

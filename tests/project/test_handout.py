"""A coder who joins a project under way gets her own copy (`qualcode handout`): the
documents and the codebook as the lead's file stores them, nobody's work; her package
merges back. Before, such a copy could only be made while the project held nothing else."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook, sql_rows

SECRET = "Anna Lind"  # on the lead's pseudonym key: never in a coder's copy


def _study(path: Path) -> str:
    """lena (lead), karin and johan at work: codings, memos, a status, a proposed code, a
    pseudonym; then sara joins."""
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.add_coder("johan")
        doc = project.import_text(
            "aby_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby", "role": "chef"}
        ).id
        unit = project.units(doc)[1]
        for coder in ("karin", "johan"):
            project.act_as(coder)
            coding = project.add_coding(doc, unit.start, unit.end, "mission_dialogue", coder)
            project.add_memo("coding", coding.id, coder, f"{coder}s tanke")
            project.set_status(doc, coder, "done")
        project.act_as("karin")
        project.propose_code(doc, unit.start, unit.end, "Karins egen kod", "karin")
        project.act_as("lena")
        project.set_pseudonym(SECRET, "IP1", "lena")
        project.add_coder("sara")
    return doc


def test_the_copy_holds_the_materials_and_nobody_s_work(tmp_path: Path) -> None:
    lead_file, copy = tmp_path / "study.db", tmp_path / "sara.db"
    doc = _study(lead_file)
    with Project.open(lead_file) as project:
        project.act_as("lena")
        made = project.handout("sara", copy)
        original = project.document(doc)
        units = project.units(doc)
        turns = project.turns(doc)
        codes = {c.key: c.id for c in project.codebook()}
    assert (made.coder, made.documents, made.codes) == ("sara", 1, 3)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with Project.open(copy) as mine:
        mine.act_as("sara")
        same = mine.document(doc)
        assert (same.text, same.name, same.lang) == (original.text, original.name, original.lang)
        assert same.attributes == {"municipality": "Åby", "role": "chef"}
        assert mine.units(doc) == units and mine.turns(doc) == turns
        proposal = codes.pop("karins_egen_kod__karin")  # the lead sees karin's proposal ...
        assert {c.key: c.id for c in mine.codebook()} == codes  # ... a coder's copy not
        assert proposal.encode() not in copy.read_bytes()
        assert [(c.name, c.role) for c in mine.coders()] == [("lena", "lead"), ("sara", "coder")]
    for table in ("codings", "memos", "document_status", "pseudonyms", "suggestions"):
        assert sql_rows(copy, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert sql_rows(copy, "SELECT actor, action FROM audit") == [("lena", "project.handout")]
    assert SECRET.encode() not in copy.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_her_package_merges_back_into_the_lead_s_project(tmp_path: Path) -> None:
    lead_file, copy, package = tmp_path / "study.db", tmp_path / "sara.db", tmp_path / "s.json"
    doc = _study(lead_file)
    with Project.open(lead_file) as project:
        project.act_as("lena")
        project.handout("sara", copy)
    with Project.open(copy) as mine:
        mine.act_as("sara")
        unit = mine.units(doc)[2]
        mine.add_coding(doc, unit.start, unit.end, "integration", "sara")
        mine.set_status(doc, "sara", "done")
        mine.export_coder("sara", package)
    with Project.open(lead_file) as project:
        project.act_as("lena")
        report = project.merge_package(package)
        saras = [c for c in project.codings(doc, viewer="lena") if c.coder == "sara"]
    assert (report.added, report.statuses) == (1, 1)
    assert [(c.start, c.end, c.code) for c in saras] == [(unit.start, unit.end, "integration")]


@pytest.mark.parametrize(
    ("who", "name", "said"),
    [
        ("karin", "sara", "only a lead may make a coder's copy"),
        ("lena", "nobody", "unknown coder 'nobody'"),
        ("lena", "lena", "lena is a lead; a coder's copy is for a coder"),
    ],
)
def test_refused_in_one_line_and_nothing_written(
    tmp_path: Path, who: str, name: str, said: str
) -> None:
    lead_file = tmp_path / "study.db"
    _study(lead_file)
    before = sorted(p.name for p in tmp_path.iterdir())
    with Project.open(lead_file) as project:
        project.act_as(who)
        audit = len(project.store.audit.list())
        with pytest.raises(QualcodeError, match=said):
            project.handout(name, tmp_path / "copy.db")
        assert len(project.store.audit.list()) == audit
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_the_cli_says_what_to_do_next_and_never_overwrites_a_project(tmp_path: Path) -> None:
    lead_file = tmp_path / "study.db"
    _study(lead_file)
    runner, env = CliRunner(), {"QUALCODE_CODER": "lena"}
    args = ["-p", str(lead_file), "handout", "sara", "-o", str(tmp_path / "sara.db")]
    got = runner.invoke(app, args, env=env)
    assert got.exit_code == 0, got.output
    assert "1 document and 3 codes for sara, nobody's work" in got.stderr
    assert "qualcode merge sara.json" in got.stderr
    assert "sara codes with `qualcode -p sara.db tui`" in got.stderr  # not 'she': any coder
    for extra in ([], ["--force"]):  # a project is never written over, forced or not
        again = runner.invoke(app, [*args, *extra], env=env)
        assert again.exit_code == 1 and again.stderr.count("\n") == 1
        assert "is a qualcode project" in again.stderr


def test_the_copy_carries_the_sets_and_one_sets_copy_its_documents(tmp_path: Path) -> None:
    from qualcode.errors import NotFoundError
    from tests.conftest import add_plain_document

    lead_file = tmp_path / "study.db"
    with Project.create(lead_file) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.add_coder("sara")
        project.act_as("lena")
        aby = add_plain_document(project, "aby_01.txt", ["Nämnden lyssnade.", "Det hjälpte."])
        ekstad = add_plain_document(project, "ekstad_01.txt", ["Vi fick tid.", "Bra."])
        project.make_document_set("first round", "lena", [aby])
        project.make_document_set("both", "lena", [aby, ekstad])
        project.make_document_set("gone", "lena", [ekstad])
        project.delete_document_set("gone", "lena")
        # a set none of whose documents she is given: its name speaks of interviews she
        # never gets (a set's name goes through the pseudonym key in every export; red
        # team 17: it came with one set's copy)
        project.make_document_set("Anna Lind withdrew", "lena", [ekstad])
        whole = project.handout("sara", tmp_path / "sara.db")
        one = project.handout("sara", tmp_path / "sara-first.db", doc_set="first round")
        with pytest.raises(NotFoundError, match=r"^no document set 'second'"):
            project.handout("sara", tmp_path / "never.db", doc_set="second")
    assert not (tmp_path / "never.db").exists()
    assert (whole.documents, one.documents) == (2, 1)
    with Project.open(tmp_path / "sara.db") as mine:
        mine.act_as("sara")
        found = {s.name: set(s.documents) for s in mine.document_sets()}
        assert found == {
            "both": {aby, ekstad},
            "first round": {aby},
            "Anna Lind withdrew": {ekstad},
        }
    with Project.open(tmp_path / "sara-first.db") as mine:
        mine.act_as("sara")
        assert [d.id for d in mine.documents()] == [aby]
        found = {s.name: set(s.documents) for s in mine.document_sets()}
        assert found == {"both": {aby}, "first round": {aby}}
        assert b"Vi fick tid" not in (tmp_path / "sara-first.db").read_bytes()
        assert b"Anna Lind" not in (tmp_path / "sara-first.db").read_bytes()

"""Who may change a document's attributes (limits2, item 2).

Municipality, role, date and interviewer split every report a lead writes. A coder could
set or change them on any document from the Python API; now they are the lead's to change
and, for a document a coder imported herself, that coder's. Each change is in the audit
trail with what it replaced. Refusals are one line and write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.project.blind_parts import BlindError
from tests.conftest import team_project
from tests.hostile.hostile_kit import counts


@pytest.fixture
def made(tmp_path: Path) -> Path:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.set_attributes(doc, {"municipality": "Åby", "role": "chef"})
    return tmp_path / "p.db"


def _attributes(path: Path) -> dict[str, str]:
    with Project.open(path) as project:
        project.act_as("lena", "lena")
        return dict(project.document("ip1.txt").attributes)


def test_a_coder_cannot_change_the_attributes_of_a_document_she_did_not_import(
    made: Path,
) -> None:
    before = counts(made)
    with Project.open(made) as project:
        project.act_as("karin", "karin")
        with pytest.raises(BlindError) as caught:
            project.set_attributes("ip1.txt", {"municipality": "Ekstad"})
    line = str(caught.value)
    assert line == "karin may not change the attributes of ip1.txt: only a lead may", line
    assert counts(made) == before
    assert _attributes(made) == {"municipality": "Åby", "role": "chef"}


def test_a_coder_cannot_add_an_attribute_either(made: Path) -> None:
    with Project.open(made) as project:
        project.act_as("johan", "johan")
        with pytest.raises(BlindError, match="only a lead may"):
            project.set_attributes("ip1.txt", {"interviewer": "johan"})
    assert "interviewer" not in _attributes(made)


def test_a_coder_cannot_borrow_the_leads_name_as_actor(made: Path) -> None:
    with Project.open(made) as project:
        project.act_as("karin", "karin")
        with pytest.raises(BlindError, match="karin cannot change document attributes as lena"):
            project.set_attributes("ip1.txt", {"role": "politiker"}, actor="lena")
    assert _attributes(made)["role"] == "chef"


def test_nobody_named_is_refused_when_the_project_has_a_lead(made: Path) -> None:
    with Project.open(made) as project:
        project.act_as(None, None)
        with pytest.raises(BlindError, match=r"only a lead may change the attributes of ip1\.txt"):
            project.set_attributes("ip1.txt", {"role": "politiker"})
    assert _attributes(made)["role"] == "chef"


def test_the_lead_changes_them_and_the_audit_keeps_what_they_were(made: Path) -> None:
    with Project.open(made) as project:
        project.act_as("lena", "lena")
        project.set_attributes("ip1.txt", {"municipality": "Ekstad", "role": "chef"})
    assert _attributes(made) == {"municipality": "Ekstad", "role": "chef"}
    env = {"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"}
    got = CliRunner().invoke(
        app, ["-p", str(made), "audit", "--action", "document.attributes", "-f", "json"], env=env
    )
    assert got.exit_code == 0, got.output
    entries = json.loads(got.stdout)
    last = entries[-1]
    assert last["actor"] == "lena"
    assert last["payload"]["name"] == "ip1.txt"
    assert last["payload"]["attributes"] == {"municipality": "Ekstad", "role": "chef"}
    assert last["payload"]["from"] == {"municipality": "Åby"}  # role did not change


def test_a_lead_acting_for_a_coder_may_and_is_named(made: Path) -> None:
    with Project.open(made) as project:
        project.act_as("karin", "lena")
        project.set_attributes("ip1.txt", {"role": "politiker"})
    with Project.open(made) as project:
        project.act_as("lena", "lena")
        entry = project.audit("document.attributes")[-1]
    assert entry.actor == "lena" and entry.payload["for"] == "karin"
    assert _attributes(made)["role"] == "politiker"


def test_the_coder_who_imported_a_document_describes_it_others_do_not(made: Path) -> None:
    with Project.open(made) as project:
        project.act_as("karin", "karin")
        project.import_text("ip2.txt", "R: Vi talade om arbetsmiljön.\n", lang="sv")
        project.set_attributes("ip2.txt", {"interviewer": "karin", "date": "2026-11-02"})
        assert project.document("ip2.txt").attributes["interviewer"] == "karin"
    with Project.open(made) as project:
        project.act_as("johan", "johan")
        with pytest.raises(BlindError, match="johan may not change the attributes of ip2"):
            project.set_attributes("ip2.txt", {"interviewer": "johan"})
        project.act_as(None, None)
        with pytest.raises(BlindError, match=r"only a lead may change the attributes of ip2\.txt"):
            project.set_attributes("ip2.txt", {"interviewer": "johan"})
    with Project.open(made) as project:
        project.act_as("lena", "lena")
        project.set_blind(False)
        project.act_as("johan", "johan")  # no longer blind: told whose document it is
        with pytest.raises(BlindError, match="only a lead or karin may"):
            project.set_attributes("ip2.txt", {"interviewer": "johan"})
        project.act_as("lena", "lena")
        assert project.document("ip2.txt").attributes["interviewer"] == "karin"
        entry = project.audit("document.attributes")[-1]
        imported = project.audit("document.import")[-1]
    assert imported.actor == "karin" and imported.payload["attributes"] == {}
    assert entry.actor == "karin" and entry.payload["from"] == {
        "interviewer": None,
        "date": None,
    }


def test_the_import_entry_keeps_the_attributes_a_document_came_with(tmp_path: Path) -> None:
    """A change's ``from`` says what it replaced; the import entry says where it began."""
    project, _ = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena", "lena")
        project.import_text(
            "ip2.txt", "R: Vi talade om arbetsmiljön.\n", lang="sv", attributes={"role": "chef"}
        )
        entry = project.audit("document.import")[-1]
    assert entry.payload["name"] == "ip2.txt" and entry.payload["attributes"] == {"role": "chef"}

"""A coder's .qdpx while the team is blind names her alone as its user (red team 32).

Her file carries only her codings and notes, yet it listed every coder of the team as a
``User`` and each one's role in ``qualcode/project.json``: opened in another tool, her
colleagues showed as coders who had coded nothing, and the file told whoever she sent it to
who else codes the study and who leads it. Blind coding keeps her to her own work in every
export; the file's users follow the same rule (``Project.reads_only``). A lead's export,
and hers once the lead unblinds the team, name the whole team, whose work they carry."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import ROOT, team_project

NS = {"p": "urn:QDA-XML:project:1.0"}
TEXT = "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det.\n"


def _users(qdpx: Path) -> tuple[set[str], set[str], set[str]]:
    """The file's user names, the roles' coder ids and every creatingUser."""
    with zipfile.ZipFile(qdpx) as z:
        root = ET.fromstring(z.read("project.qde"))
        meta = json.loads(z.read("qualcode/project.json"))
    names = {u.get("name", "") for u in root.iterfind("p:Users/p:User", NS)}
    makers = {e.get("creatingUser", "") for e in root.iter() if e.get("creatingUser")}
    guids = {u.get("guid", "") for u in root.iterfind("p:Users/p:User", NS)}
    assert makers <= guids  # every coding's and note's maker is a user of the file
    return names, set(meta["roles"]), makers


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", TEXT))
    with made:
        unit = made.units(doc)[0]
        for coder in ("johan", "karin"):
            coding = made.act_as(coder).add_coding(doc, unit.start, unit.end, "mission", coder)
            made.add_memo("coding", coding.id, coder, f"{coder}s tanke")
    return tmp_path / "p.db"


def test_a_blind_coders_file_names_her_alone(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        me = karin.coder("karin").id
        target = karin.export_qdpx(tmp_path / "karin.qdpx")
        names, roles, makers = _users(target)
    assert (names, roles, makers) == ({"karin"}, {me}, {me})
    xmlschema = pytest.importorskip("xmlschema")
    schema = ROOT.parent / "shared" / "refi-qda" / "Project-mrt2019.xsd"
    if schema.exists():  # the file stays valid REFI-QDA with fewer users
        with zipfile.ZipFile(target) as z:
            xmlschema.XMLSchema(str(schema)).validate(z.read("project.qde").decode("utf-8"))


def test_the_cli_export_of_a_blind_coder_too(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "karin.qdpx"
    result = CliRunner(env={"QUALCODE_CODER": "karin"}).invoke(
        app, ["-p", str(path), "export", "qdpx", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert _users(target)[0] == {"karin"}


def test_the_lead_and_an_unblinded_coder_name_the_team(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        lead = p.act_as("lena", "lena")
        assert _users(lead.export_qdpx(tmp_path / "lena.qdpx"))[0] == {"lena", "karin", "johan"}
        lead.set_blind(False, by="lena")
        karin = p.act_as("karin", "karin")
        names, _, makers = _users(karin.export_qdpx(tmp_path / "karin.qdpx"))
    assert names == {"lena", "karin", "johan"} and len(makers) == 2

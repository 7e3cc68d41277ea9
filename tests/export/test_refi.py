"""REFI-QDA export: valid against the standard's schemas, offsets in code points."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import ROOT, small_codebook

REFI = ROOT.parent / "shared" / "refi-qda"
NS = {"p": "urn:QDA-XML:project:1.0", "c": "urn:QDA-XML:codebook:1.0"}
TEXT = "I: Hur mår ni? 🙂\n\nR: Arbetsmiljön 𝄞 är bättre nu. Vi har ett ärendetak på femton."


def _schema(name: str):  # type: ignore[no-untyped-def]
    xmlschema = pytest.importorskip("xmlschema")
    if not (REFI / name).exists():
        pytest.skip("shared/refi-qda is not beside the checkout")
    return xmlschema.XMLSchema(str(REFI / name))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "r.db") as proj:
        proj.apply_codebook(small_codebook())
        proj.add_coder("karin")
        doc = proj.import_text("åby.txt", TEXT, lang="sv", attributes={"municipality": "Åby"})
        text = proj.document(doc.id).text
        start = text.index("Arbetsmiljön")
        proj.add_coding(
            doc.id,
            start,
            start + len("Arbetsmiljön 𝄞 är bättre nu."),
            "caseload",
            "karin",
            memo="bra citat",
        )
        yield proj


def test_qdpx_is_valid_and_offsets_are_code_points(project: Project, tmp_path: Path) -> None:
    path = project.export_qdpx(tmp_path / "p.qdpx")
    with zipfile.ZipFile(path) as archive:
        qde = archive.read("project.qde")
        names = archive.namelist()
        doc = project.documents()[0]
        plain = archive.read(f"sources/{doc.id}.txt").decode("utf-8")
    _schema("Project-mrt2019.xsd").validate(qde)
    root = ET.fromstring(qde)
    selection = root.find(".//p:PlainTextSelection", NS)
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert plain[start:end] == "Arbetsmiljön 𝄞 är bättre nu."
    assert plain == project.document(doc.id).text and "\r" not in plain
    code_ref = selection.find("p:Coding/p:CodeRef", NS).get("targetGUID")
    assert code_ref == project.code("caseload").id
    parent = root.find(".//p:CodeBook/p:Codes/p:Code/p:Code", NS)
    assert parent.get("name") == "Caseload"  # nested under integration
    assert root.find(".//p:Notes/p:Note/p:PlainTextContent", NS).text == "bra citat"
    assert root.find(".//p:TextSource/p:VariableValue/p:TextValue", NS).text == "Åby"
    assert f"sources/{doc.id}.txt" in names


def test_qdc_is_valid(project: Project, tmp_path: Path) -> None:
    path = project.export_qdc(tmp_path / "c.qdc", lang="sv")
    data = path.read_bytes()
    _schema("Codebook-mrt2019.xsd").validate(data)
    names = [c.get("name") for c in ET.fromstring(data).iter(f"{{{NS['c']}}}Code")]
    assert names[:2] == ["Uppdragsdialog", "Integrering"]


def test_cli_exports(project: Project, tmp_path: Path) -> None:
    runner = CliRunner()
    for kind in ("qdpx", "qdc"):
        out = tmp_path / f"x.{kind}"
        result = runner.invoke(app, ["-p", str(project.path), "export", kind, "-o", str(out)])
        assert result.exit_code == 0, result.output + result.stderr
        assert out.stat().st_size > 0

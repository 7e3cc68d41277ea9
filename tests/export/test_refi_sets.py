"""Document sets in REFI-QDA: exported as ``Sets/Set`` of ``MemberSource`` (valid by the
standard's validator), one set's documents alone with ``doc_set``, read back as document
sets by a round trip and from another tool's file; what a set of codes or a bad name
would bring is said, or refused whole."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from qualcode import Project
from qualcode.errors import IngestError
from tests.conftest import ROOT, add_plain_document, small_codebook

# beside the checkout (the integration one), or beside the folder of worktrees
REFI = next(
    (
        p
        for p in (ROOT.parent / "shared" / "refi-qda", ROOT.parent.parent / "shared" / "refi-qda")
        if p.is_dir()
    ),
    ROOT.parent / "shared" / "refi-qda",
)
NS = {"p": "urn:QDA-XML:project:1.0"}


def _valid(path: Path) -> None:
    """The standard's schema and internal paths, by the validator kept beside them."""
    pytest.importorskip("xmlschema")
    if not (REFI / "validate.py").exists():
        pytest.skip("shared/refi-qda is not beside the checkout")
    done = subprocess.run(
        [sys.executable, str(REFI / "validate.py"), str(path)], capture_output=True, text=True
    )
    assert done.stdout.strip() == "valid", done.stdout


@pytest.fixture
def grouped(tmp_path: Path) -> Project:
    """Three interviews, karin's coding on each; the sets 'south' (two) and 'empty'."""
    with Project.create(tmp_path / "src.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("lena", role="lead")
        for name in ("aby_01.txt", "ekstad_01.txt", "norrvik_01.txt"):
            said = [f"I {name[:-4]} pratade vi om uppdraget.", "Sedan inte."]
            doc = add_plain_document(project, name, said)
            unit = project.units(doc)[0]
            project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
        project.act_as("lena")
        project.make_document_set("south", "lena", ["aby_01", "ekstad_01"])
        project.make_document_set("empty", "lena")
        yield project


def _qde(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as archive:
        return ET.fromstring(archive.read("project.qde"))


def test_sets_go_out_as_sets_and_come_back(grouped: Project, tmp_path: Path) -> None:
    path = grouped.export_qdpx(tmp_path / "all.qdpx")
    _valid(path)
    sets = {s.get("name"): s for s in _qde(path).iterfind("p:Sets/p:Set", NS)}
    assert set(sets) == {"empty", "south"}
    names = {d.id: d.name for d in grouped.documents()}
    members = [names[m.get("targetGUID")] for m in sets["south"].iterfind("p:MemberSource", NS)]
    assert members == ["aby_01.txt", "ekstad_01.txt"]
    with Project.create(tmp_path / "back.db") as back:
        report = back.import_qdpx(path)
        assert report.skipped == [] and report.renamed == []
        by_id = {d.id: d.name for d in back.documents()}
        found = {s.name: [by_id[d] for d in s.documents] for s in back.document_sets()}
        assert found == {"empty": [], "south": ["aby_01.txt", "ekstad_01.txt"]}
        made = [e for e in back.audit() if e.action == "document_set.make"]
        assert len(made) == 2 and made[0].payload["file"] == "all.qdpx"


def test_the_importing_coder_makes_the_sets_and_signs_the_import(
    grouped: Project, tmp_path: Path
) -> None:
    """maria imports: the sets are hers, not "qualcode"'s, and so are the audit entries."""
    path = grouped.export_qdpx(tmp_path / "all.qdpx")
    with Project.create(tmp_path / "back.db") as back:
        back.add_coder("maria", role="lead")
        back.act_as("maria")
        back.import_qdpx(path)
        assert {s.created_by for s in back.document_sets()} == {"maria"}
        ours = {"document_set.make", "document_set.add", "project.import_qdpx"}
        actors = {e.actor for e in back.audit() if e.action in ours}
        assert actors == {"maria"}


def test_one_sets_qdpx_holds_its_documents_only(grouped: Project, tmp_path: Path) -> None:
    path = grouped.export_qdpx(tmp_path / "south.qdpx", doc_set="south")
    _valid(path)
    root = _qde(path)
    sources = [s.get("name") for s in root.iterfind("p:Sources/p:TextSource", NS)]
    assert sources == ["aby_01.txt", "ekstad_01.txt"]
    assert len(root.findall(".//p:PlainTextSelection", NS)) == 2
    assert [s.get("name") for s in root.iterfind("p:Sets/p:Set", NS)] == ["south"]
    with zipfile.ZipFile(path) as archive:
        assert len([n for n in archive.namelist() if n.startswith("sources/")]) == 2


def test_another_tools_set_of_sources_arrives_and_its_codes_are_said(tmp_path: Path) -> None:
    sample = REFI / "samples" / "project_minimal.qdpx"
    if not sample.exists():
        pytest.skip("shared/refi-qda is not beside the checkout")
    with Project.create(tmp_path / "d.db") as project:
        report = project.import_qdpx(sample)
        [found] = project.document_sets()
        assert found.name == "Interviews with coded emotions" and len(found.documents) == 2
        said = "set 'Interviews with coded emotions': 2 codes or notes left out of it"
        assert report.skipped[-1] == said


def _with_sets(source: Path, target: Path, sets_xml: str) -> Path:
    """``source`` with its ``<Sets>`` replaced by ``sets_xml`` (a file another tool made)."""
    with zipfile.ZipFile(source) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    qde = members["project.qde"].decode("utf-8")
    start, end = qde.index("<Sets>"), qde.index("</Sets>") + len("</Sets>")
    members["project.qde"] = (qde[:start] + sets_xml + qde[end:]).encode("utf-8")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_names_that_clash_are_kept_apart_and_code_groups_said(
    grouped: Project, tmp_path: Path
) -> None:
    path = grouped.export_qdpx(tmp_path / "all.qdpx")
    doc = next(s.get("guid") for s in _qde(path).iterfind("p:Sources/p:TextSource", NS))
    code = grouped.codebook()[0].id
    odd = _with_sets(
        path,
        tmp_path / "odd.qdpx",
        f'<Sets><Set guid="{"1" * 8}-1111-1111-1111-{"1" * 12}" name="Åby">'
        f'<MemberSource targetGUID="{doc}"/><MemberSource targetGUID="{"9" * 8}-9999-9999-'
        f'9999-{"9" * 12}"/></Set><Set guid="{"2" * 8}-2222-2222-2222-{"2" * 12}" name="ÅBY">'
        f'<MemberSource targetGUID="{doc}"/></Set><Set guid="{"3" * 8}-3333-3333-3333-'
        f'{"3" * 12}" name="themes"><MemberCode targetGUID="{code}"/></Set>'
        f'<Set guid="{"4" * 8}-4444-4444-4444-{"4" * 12}" name=" "/></Sets>',
    )
    _valid(odd)
    with Project.create(tmp_path / "d.db") as project:
        report = project.import_qdpx(odd)
        made = {s.name: len(s.documents) for s in project.document_sets()}
        assert made == {"Åby": 1, "ÅBY (2)": 1, "imported set": 0}
        assert report.renamed == ["set 'ÅBY' kept as 'ÅBY (2)'", "set '' kept as 'imported set'"]
        assert report.skipped == [
            "set 'Åby': 1 of its sources not imported (not in the file, or empty)",
            "set 'themes': it groups codes or notes, not documents",
        ]


def test_a_set_name_no_name_may_be_refuses_the_file(grouped: Project, tmp_path: Path) -> None:
    path = grouped.export_qdpx(tmp_path / "all.qdpx")
    bad = _with_sets(
        path,
        tmp_path / "bad.qdpx",
        f'<Sets><Set guid="{"1" * 8}-1111-1111-1111-{"1" * 12}" name="first&#10;round"/></Sets>',
    )
    with Project.create(tmp_path / "d.db") as project:
        with pytest.raises(IngestError) as refused:
            project.import_qdpx(bad)
        said = str(refused.value)
        assert said.startswith(
            "bad.qdpx: set 'first\\nround': document set name: holds a line break"
        )
        assert said.endswith("; nothing imported") and "\n" not in said
        assert project.documents() == [] and project.document_sets() == []

"""Team work through the API: agreement reports, reconciliation, coder packages."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, ValidationError
from tests.conftest import TEAM_SENTENCES as SENTENCES
from tests.conftest import add_plain_document, small_codebook


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


@pytest.fixture
def team(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "team.db")
    project.apply_codebook(small_codebook())
    for name in ("karin", "johan"):
        project.add_coder(name)
    project.add_coder("lena", role="lead")
    doc = add_plain_document(project, "aby_02.txt", SENTENCES)
    text = project.document(doc).text

    def code(coder: str, key: str, *sentences: str) -> None:
        start = _span(text, sentences[0])[0]
        end = _span(text, sentences[-1])[1]
        project.add_coding(doc, start, end, key, coder)

    code("karin", "mission_dialogue", SENTENCES[0], SENTENCES[1])  # boundary: johan takes one
    code("johan", "mission_dialogue", SENTENCES[1])
    code("karin", "integration", SENTENCES[3])  # agreement
    code("johan", "integration", SENTENCES[3])
    code("karin", "caseload", SENTENCES[4])  # code: johan codes it otherwise
    code("johan", "mission_dialogue", SENTENCES[4])
    yield project
    project.close()


def test_cases_have_the_right_kinds(team: Project) -> None:
    views = team.cases(include_agreements=True)
    kinds = {(v.case.codes, v.case.kind) for v in views}
    assert (("integration",), "agreement") in kinds
    assert (("mission_dialogue",), "boundary") in kinds
    assert (("caseload", "mission_dialogue"), "code") in kinds  # one case, both readings
    assert all(v.case.kind != "agreement" for v in team.cases())


def test_cases_narrow_by_code_and_kind(team: Project) -> None:
    every = team.cases()
    by_code = team.cases(codes=["mission_dialogue"])
    assert by_code and all("mission_dialogue" in v.case.codes for v in by_code)
    assert [v.case.id for v in by_code] == [
        v.case.id for v in every if "mission_dialogue" in v.case.codes
    ]
    # sentence 4 is ONE "code" case holding karin's caseload and johan's mission_dialogue
    assert [v.case.codes for v in team.cases(kinds=["code"])] == [("caseload", "mission_dialogue")]
    assert [v.case.kind for v in team.cases(codes=["caseload"])] == ["code"]
    assert team.cases(codes=["caseload"], kinds=["boundary"]) == []
    with pytest.raises(NotFoundError, match="nonesuch"):
        team.cases(codes=["nonesuch"])
    with pytest.raises(ValidationError, match="overlap"):
        team.cases(kinds=["overlap"])


def test_decide_writes_consensus_and_keeps_coders_work(team: Project) -> None:
    before = {(c.id, c.start, c.end, c.code) for c in team.codings(layer="coder")}
    boundary = next(v.case for v in team.cases() if v.case.kind == "boundary")
    written = team.decide(boundary.id[:6], "accept:johan", "the first sentence is context", "lena")
    consensus = team.codings(layer="consensus")
    assert [c.id for c in consensus] == written
    johan = boundary.versions["johan"].spans["mission_dialogue"][0]
    assert (consensus[0].start, consensus[0].end) == johan
    assert consensus[0].origin == "decision" and consensus[0].coder == "lena"
    assert {(c.id, c.start, c.end, c.code) for c in team.codings(layer="coder")} == before
    # deciding again supersedes: old consensus retired, new one written, both audited
    team.decide(boundary.id, "union", "on reflection both sentences belong", "lena")
    consensus = team.codings(layer="consensus")
    assert len(consensus) == 1 and consensus[0].start < johan[0]
    decisions = [e for e in team.audit() if e.action == "reconcile.decide"]
    assert [d.payload["verdict"] for d in decisions] == ["accept:johan", "union"]
    assert decisions[1].payload["supersedes"]
    view = next(v for v in team.cases() if v.case.id == boundary.id)
    assert view.verdict == "union" and view.decided_by == "lena"


def test_decide_checks(team: Project) -> None:
    case = team.cases()[0].case
    with pytest.raises(ValidationError, match="not a lead"):
        team.decide(case.id, "union", "x", "karin")
    with pytest.raises(ValidationError, match="rationale"):
        team.decide(case.id, "union", "  ", "lena")
    with pytest.raises(ValidationError, match="unknown verdict"):
        team.decide(case.id, "maybe", "x", "lena")
    with pytest.raises(ValidationError, match="outside document"):
        team.decide(case.id, "span:0-99999", "x", "lena")
    assert team.codings(layer="consensus") == []


def test_confirm_agreements(team: Project) -> None:
    assert team.confirm_agreements("lena") == 1
    assert [c.code for c in team.codings(layer="consensus")] == ["integration"]
    assert team.confirm_agreements("lena") == 0


def test_agreement_report(team: Project) -> None:
    report = team.agreement(bootstrap=200)
    codes = {r.code: r for r in report.rows if r.scope == "code"}
    assert report.units == len(SENTENCES)
    assert codes["integration"].alpha == pytest.approx(1.0)
    assert codes["integration"].percent == pytest.approx(1.0)
    # mission_dialogue: karin 3 units (0, 1, -), johan units 1 and 4 → disagree on 0 and 4
    assert codes["mission_dialogue"].percent == pytest.approx(4 / 6)
    pair = next(r for r in report.rows if r.scope == "pair" and r.code == "mission_dialogue")
    assert pair.coders == ("johan", "karin") or pair.coders == ("karin", "johan")
    assert -1.0 <= pair.cohen <= 1.0
    overall = report.overall()
    assert overall.units == len(SENTENCES)  # sentence units; each holds one decision per code
    assert overall.decisions == len(SENTENCES) * 3
    assert not math.isnan(overall.alpha_low) and overall.alpha_low <= overall.alpha
    assert "Krippendorff's alpha" in report.methods_paragraph()
    json.dumps([r.as_dict() for r in report.rows])  # NaN never leaks into JSON


def test_agreement_undefined_without_variation(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    project.add_coder("karin")
    project.add_coder("johan")
    add_plain_document(project, "d.txt", SENTENCES)
    report = project.agreement(bootstrap=50)
    row = next(r for r in report.rows if r.scope == "code")
    assert math.isnan(row.alpha) and row.as_dict()["alpha"] is None
    assert "undefined" in report.methods_paragraph()


def test_before_after_compares_with_consensus(team: Project) -> None:
    team.confirm_agreements("lena")
    report = team.agreement(layer="consensus", bootstrap=0)
    assert report.coders == ["johan", "karin", "consensus"]


def test_coder_package_roundtrip_idempotent(team: Project, tmp_path: Path) -> None:
    laptop_path = tmp_path / "laptop.db"
    team.close()
    shutil.copy(tmp_path / "team.db", laptop_path)
    laptop = Project.open(laptop_path)
    lead = Project.open(tmp_path / "team.db")
    doc = laptop.documents()[0].id
    text = laptop.document(doc).text
    s, e = _span(text, SENTENCES[5])
    new = laptop.add_coding(doc, s, e, "integration", "karin")
    old = laptop.codings(coder="karin")[0]
    laptop.remove_coding(old.id)
    package = laptop.export_coder("karin", tmp_path / "karin.json")

    report = lead.merge_package(package)
    assert (report.added, report.removed) == (1, 1)
    karin = {c.id for c in lead.codings(coder="karin")}
    assert new.id in karin and old.id not in karin
    johan_before = lead.codings(coder="johan")
    again = lead.merge_package(package)
    assert (again.added, again.removed) == (0, 0)
    assert lead.codings(coder="johan") == johan_before
    assert len([e for e in lead.audit() if e.action == "coder.merge"]) == 2


def test_package_with_different_document_is_refused(team: Project, tmp_path: Path) -> None:
    package = team.export_coder("karin", tmp_path / "karin.json")
    data = json.loads(package.read_text(encoding="utf-8"))
    data["documents"][0]["sha256"] = "0" * 64
    package.write_text(json.dumps(data), encoding="utf-8")
    count = len(team.codings())
    with pytest.raises(ValidationError, match="differs in content"):
        team.merge_package(package)
    assert len(team.codings()) == count


def test_package_never_overwrites_another_coder(team: Project, tmp_path: Path) -> None:
    package = team.export_coder("karin", tmp_path / "karin.json")
    data = json.loads(package.read_text(encoding="utf-8"))
    johan_id = team.coder("johan").id
    data["codings"][0]["coder_id"] = johan_id
    data["coder"] = {"id": johan_id, "name": "johan", "role": "coder"}
    data["codings"][0]["deleted_at"] = "2030-01-01T00:00:00+00:00"
    package.write_text(json.dumps(data), encoding="utf-8")
    before = team.codings(coder="karin")
    with pytest.raises(ValidationError, match="not johan's own work") as refused:
        team.merge_package(package)
    assert "this project holds it as another coder's coding" in str(refused.value)
    assert team.codings(coder="karin") == before


@pytest.mark.parametrize("content", ["", "{not json", '{"format": "something else"}', "[]"])
def test_broken_package_is_a_clear_error(team: Project, tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=r"bad\.json: not a qualcode coder package"):
        team.merge_package(path)


def test_agreement_leaves_out_documents_nobody_coded(team: Project) -> None:
    add_plain_document(team, "uncoded.txt", ["Ingen har kodat den här.", "Inte heller här."])
    assert team.agreement(bootstrap=0).documents == 1
    team.set_status("uncoded", "karin", "done")
    team.set_status("uncoded", "johan", "done")
    # once statuses are used, only documents every counted coder finished count
    assert team.agreement(bootstrap=0).documents == 1
    team.set_status("aby_02", "karin", "done")
    team.set_status("aby_02", "johan", "done")
    report = team.agreement(bootstrap=0)
    assert report.documents == 2  # both read it and found nothing
    assert report.scope.startswith("2 coders (johan, karin), 2 of 2 documents (finished")


def test_blind_coding_shows_a_coder_only_their_own(team: Project) -> None:
    team.confirm_agreements("lena")
    assert {c.coder for c in team.codings(viewer="karin")} == {"karin"}
    assert {c.layer for c in team.codings(viewer="karin")} == {"coder"}
    with pytest.raises(ValidationError, match="blind coding"):
        team.codings(coder="johan", viewer="karin")
    assert {c.coder for c in team.codings(viewer="lena")} == {"karin", "johan", "lena"}

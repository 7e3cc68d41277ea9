"""Blind coding in the service: what each acting person sees, on the real demo project.

The demo has karin and johan (coders) and lena (lead), each with their own codings. A
coder acting through any read (codings, frames, reports, exports, agreement, cases,
memos, the audit log, suggestions) sees only their own work until a lead unblinds.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, QualcodeError, ValidationError
from qualcode.project import BlindError


def _open(path: Path, who: str | None) -> Project:
    return Project.open(path).act_as(who)


def test_a_coder_reads_only_their_own_codings(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as everyone:
        mine = {c.id for c in everyone.codings(coder="karin", layer="coder")}
        johans = [c for c in everyone.codings(coder="johan")]
    assert mine and johans
    with _open(demo, "karin") as karin:
        assert {c.id for c in karin.codings()} == mine
        assert karin.codings(layer="consensus") == []
        with pytest.raises(ValidationError, match="blind coding"):
            karin.codings(coder="johan")
        with pytest.raises(NotFoundError, match="blind coding"):
            karin.coding(johans[0].id)
        with pytest.raises(NotFoundError):
            karin.remove_coding(johans[0].id)
        frame = karin.frames()["codings"]
        assert set(frame["coder"]) == {"karin"}
        quotes = karin.report_quotes(per_code=100)
        assert set(quotes["coder"]) == {"karin"}
        assert sum(karin.code_counts().values()) == len(mine)
        out = karin.export_codings(tmp_path / "k.csv")
        with out.open(encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
        assert {r["coder"] for r in rows} == {"karin"} and len(rows) == len(mine)


def test_a_coder_exports_no_one_elses_work_to_qdpx(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as everyone:
        mine = len(everyone.codings(coder="karin", layer="coder"))
        total = len(everyone.codings())
    with _open(demo, "karin") as karin:
        path = karin.export_qdpx(tmp_path / "k.qdpx")
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("project.qde"))
    codings = [e for e in root.iter() if e.tag.endswith("}Coding")]
    assert len(codings) == mine < total


def test_agreement_and_cases_are_the_leads_while_blind(demo: Path) -> None:
    with _open(demo, "karin") as karin:
        with pytest.raises(BlindError, match="karin cannot see intercoder agreement"):
            karin.agreement(bootstrap=0)
        with pytest.raises(BlindError, match="cannot see the disagreement cases"):
            karin.cases()
    with _open(demo, "lena") as lena:
        assert lena.agreement(bootstrap=0).rows
        assert lena.cases()
        assert {c.coder for c in lena.codings()} >= {"karin", "johan"}


def test_nobody_named_is_refused_where_there_is_work_to_keep_apart(demo: Path) -> None:
    with _open(demo, None) as nobody:
        with pytest.raises(BlindError, match=r"say who is acting \(coder=NAME"):
            nobody.codings()
        with pytest.raises(BlindError, match=r"say who is acting \(coder=NAME"):
            nobody.report_quotes()
        with pytest.raises(BlindError, match=r"say who is acting \(coder=NAME"):
            nobody.agreement(bootstrap=0)
    with Project.open(demo) as script:  # nobody acts through a face: the file's holder
        assert {c.coder for c in script.codings()} >= {"karin", "johan"}


def test_memos_audit_and_suggestions_are_ones_own(demo: Path) -> None:
    with Project.open(demo) as lead:
        doc = lead.documents()[0].id
        lead.add_memo("document", doc, "johan", "johan's private thought")
        lead.add_memo("document", doc, "karin", "karin's note")
    with _open(demo, "karin") as karin:
        assert [m.text for m in karin.memos()] == ["karin's note"]
        assert {e.actor for e in karin.audit()} == {"karin"}
        with pytest.raises(BlindError):
            karin.add_memo("document", doc, "johan", "forged")


def test_unblind_is_a_leads_act_and_audited(demo: Path) -> None:
    with _open(demo, "karin") as karin, pytest.raises(QualcodeError, match="not a lead"):
        karin.set_blind(False)
    with _open(demo, "lena") as lena:
        lena.set_blind(False)
        assert lena.audit()[-1].action == "team.unblind"
        assert lena.audit()[-1].actor == "lena"
    with _open(demo, "karin") as karin:
        assert {c.coder for c in karin.codings()} >= {"karin", "johan"}
        assert karin.agreement(bootstrap=0).rows
    with _open(demo, "lena") as lena:
        lena.set_blind(True)
    with _open(demo, "karin") as karin:
        assert {c.coder for c in karin.codings()} == {"karin"}


def test_a_coder_acts_only_as_themselves(demo: Path) -> None:
    with _open(demo, "karin") as karin:
        doc = karin.documents()[0].id
        with pytest.raises(BlindError, match="karin cannot code as johan"):
            karin.add_coding(doc, 0, 10, "integration", "johan")
        with pytest.raises(BlindError, match="cannot set a status as johan"):
            karin.set_status(doc, "johan", "done")
        with pytest.raises(BlindError, match="karin is not a lead"):
            karin.add_coder("karin2", role="lead")
        with pytest.raises(BlindError, match="cannot export a package as johan"):
            karin.export_coder("johan", demo.with_name("j.json"))
        with pytest.raises(BlindError, match="karin is not a lead"):
            karin.merge_package(demo.with_name("j.json"))

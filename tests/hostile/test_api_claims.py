"""A name passed to the Python API is not taken at face value (red team, round 2): karin,
acting as herself (`$QUALCODE_CODER=karin`), passed ``by="lena"`` or ``viewer="lena"`` and
so unblinded the project, read the pseudonym key, pinned exemplars, read every memo and
had her suggestions learn from colleagues' codings. An argument naming who reads, decides
or writes must be who acts, unless a lead acts; each case is refused and writes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import team_project
from tests.hostile.hostile_kit import counts


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    with made:
        made.add_coding(doc, 3, 30, "mission", "karin")
        johans = made.add_coding(doc, 3, 40, "mission", "johan")
        made.add_memo("coding", johans.id, "johan", "johan's private thought")
        made.set_pseudonym("Elin", "IP1", "lena", kind="speaker")
    return path


@pytest.fixture
def karin(project: Path) -> Iterator[Project]:
    with Project.open(project) as opened:
        yield opened.act_as("karin", "karin")


def _doc(p: Project) -> str:
    return p.documents()[0].id


CLAIMS: dict[str, Callable[[Project], Any]] = {
    "unblind by the lead's name": lambda p: p.set_blind(False, by="lena"),
    "the pseudonym key": lambda p: p.pseudonyms("lena"),
    "a pseudonym set": lambda p: p.set_pseudonym("Bo", "IP9", "lena"),
    "real names in an export": lambda p: p.pseudonym_key(True, "lena"),
    "every memo": lambda p: p.memo_list("lena"),
    "every coding": lambda p: p.codings(viewer="lena"),
    "an exemplar pinned": lambda p: p.pin_exemplar(p.codings()[0].id, "lena"),
    "a theme made": lambda p: p.create_theme("Styrning", "lena"),
    "suggestions learned from all": lambda p: p.suggest([_doc(p)], coder="lena"),
    "a colleague's status": lambda p: p.set_status(_doc(p), "johan", "done"),
}


@pytest.mark.parametrize("claim", sorted(CLAIMS))
def test_a_coder_naming_the_lead_is_refused(project: Path, karin: Project, claim: str) -> None:
    before = counts(project)
    with pytest.raises(QualcodeError, match=r"karin cannot .* as (lena|johan)"):
        CLAIMS[claim](karin)
    assert counts(project) == before
    assert karin.is_blind()


def test_unblinded_a_coder_still_writes_only_as_herself(project: Path) -> None:
    with Project.open(project) as lena:
        lena.act_as("lena", "lena").set_blind(False)
    with Project.open(project) as opened:
        karin = opened.act_as("karin", "karin")
        before = counts(project)
        with pytest.raises(QualcodeError, match="karin cannot code as johan"):
            karin.add_coding(_doc(karin), 41, 60, "mission", "johan")
        assert counts(project) == before
        assert {c.coder for c in karin.codings()} == {"karin", "johan"}  # reading: open


def test_the_lead_and_karin_herself_are_as_before(project: Path, karin: Project) -> None:
    assert [m.memo.author for m in karin.memo_list("karin")] == []
    assert {c.coder for c in karin.codings(viewer="karin")} == {"karin"}
    with Project.open(project) as opened:
        lena = opened.act_as("lena", "lena")
        assert [p.pseudonym for p in lena.pseudonyms("lena")] == ["IP1"]
        assert [m.memo.author for m in lena.memo_list("lena")] == ["johan"]
        lena.set_blind(False, by="lena")
        assert not lena.is_blind()

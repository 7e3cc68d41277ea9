"""A coder's name pasted decomposed into an option or a sheet is that coder everywhere.

The store keeps 'Åsa' composed and finds her typed either way (7134a628), but the options
that name coders kept the name as typed. A Mac pastes 'Åsa' as an A and a combining ring:
`agree --coders karin,Åsa` and `reconcile list --coders` crashed with a KeyError (the
rows read by name knew her composed), a quotes sheet whose coder column said 'Åsa' that
way crashed `code import` after every row was checked, and `report frequencies --layer
coder:Åsa` and `audit --actor Åsa` said "nothing to show" and "no entries" of a coder
who had coded (red team 37). Each now takes the name as the project spells it.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import SettingError, ValidationError
from tests.conftest import team_project

ASA = "Åsa"
PASTED = unicodedata.normalize("NFD", ASA)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    made.add_coder(ASA)
    made.code_passage(doc, 3, 40, "mission", "karin")
    made.code_passage(doc, 3, 40, "mission", ASA)
    made.close()
    return path


def test_agreement_and_cases_of_a_coder_named_decomposed(project: Path) -> None:
    assert PASTED != ASA
    with Project.open(project) as opened:
        opened.act_as("lena", "lena")
        report = opened.agreement(coders=["karin", PASTED], bootstrap=0)
        assert report.coders == ["karin", ASA]
        opened.cases(coders=["karin", PASTED])
        # one coder named both ways is one coder, not two
        with pytest.raises(SettingError, match="different coders"):
            opened.agreement(coders=[ASA, PASTED], bootstrap=0)


def test_her_layer_and_her_audit_entries(project: Path) -> None:
    with Project.open(project) as opened:
        opened.act_as("lena", "lena")
        frequencies = opened.report_frequencies(layer=f"coder:{PASTED}")
        assert list(frequencies["code"]) == ["mission"]
        assert [e.actor for e in opened.audit(actor=PASTED)] == [ASA]


def test_a_quotes_sheet_naming_her_decomposed(project: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "quotes.csv"
    sheet.write_text(f"document,code,text,coder\nip1,mission,Det blev bättre,{PASTED}\n")
    with Project.open(project) as opened:
        opened.act_as("lena", "lena")
        done = opened.import_quotes_csv(sheet)
        assert (done.codings, done.coders) == (1, [ASA])


def test_evaluated_against_and_named_in_a_decision(project: Path) -> None:
    with Project.open(project) as opened:
        opened.act_as("lena", "lena")
        # she coded one document: "has coded 0 document(s)" was said of her typed so
        with pytest.raises(ValidationError, match="has coded 1 document"):
            opened.evaluate_suggestions(PASTED)
        doc = opened.documents()[0].id
        opened.code_passage(doc, 42, 66, "mission", "johan")
        case = opened.cases(coders=["johan", ASA])[0].case
        opened.decide(
            case.id,
            "union",
            "talat igenom",
            "lena",
            coders=["johan", ASA],
            participants=["lena", PASTED],
        )
        decided = opened.audit(action="reconcile.decide")[-1]
        assert decided.payload["participants"] == ["lena", ASA]

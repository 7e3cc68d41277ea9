"""The summary's reconciliation sentence and agreement table read as a paper prints them:
no "confirmed 0 passages", no sentence opening on a lower-case login name, "1 case"
in the singular, and the pooled row's unitizing alpha (never computed pooled) a dash
rather than "undefined", which reads as if something had failed."""

from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace

from qualcode.agreement.report import AgreementReport, AgreementRow
from qualcode.project.summary_tables import agreement_table, decisions_brief


def _decision(verdict: str) -> SimpleNamespace:
    return SimpleNamespace(verdict=verdict, decided_by="lena")


def test_no_agreements_confirmed_leaves_the_clause_out() -> None:
    decided = [_decision("accept:johan"), _decision("union"), _decision("accept:johan")]
    english = decisions_brief(decided, "en", open_cases=0) or ""
    assert english.startswith("In reconciliation, lena decided 3 disagreement cases (")
    assert "confirmed" not in english and "0 passages" not in english
    assert english.endswith(
        "). No disagreement case is left open. Each decision is kept with its rationale, who "
        "took part and when in the project's append-only audit log."
    )
    swedish = decisions_brief(decided, "sv", open_cases=0) or ""
    assert swedish.startswith("Vid avstämningen avgjorde lena 3 fall där kodarna skilde sig åt (")
    assert "förde in" not in swedish and "0 passager" not in swedish


def test_one_case_and_one_agreement_are_singular_several_plural() -> None:
    one = decisions_brief([_decision("reject"), _decision("agree")], "en") or ""
    assert one == (
        "In reconciliation, lena decided 1 disagreement case (reject: 1) and confirmed "
        "1 passage the coders agreed on into the consensus. Each decision is kept with its "
        "rationale, who took part and when in the project's append-only audit log."
    )
    many = decisions_brief([_decision("union")] * 2 + [_decision("agree")] * 4, "sv") or ""
    assert many.startswith("Vid avstämningen avgjorde lena 2 fall")
    assert "och förde in 4 passager där kodarna var överens i konsensus." in many
    # "när i projektets granskningslogg, som bara kan läggas till" read as "when in the log"
    # and said the log itself is added (study48, read as a Swedish reviewer would): the log
    # is named first, and what only grows is its entries
    assert many.endswith(
        ". Varje beslut finns kvar i projektets granskningslogg med sin motivering, vilka som "
        "deltog och när; i loggen kan poster bara läggas till."
    )


def test_only_confirmed_agreements_name_no_decision_trail() -> None:
    """Confirming the coders' agreements decides nothing to discuss: no trail sentence."""
    only = decisions_brief([_decision("agree")] * 2, "en") or ""
    assert "audit log" not in only


def test_the_pooled_row_shows_a_dash_for_unitizing_alpha() -> None:
    coders = ("johan", "karin")
    report = AgreementReport(list(coders), ["a"], documents=1, units=84, bootstrap=0)
    report.rows = [
        AgreementRow("code", "a", None, coders, 84, 0.9, alpha=0.7, unitizing_alpha=0.62),
        AgreementRow("overall", None, None, coders, 84, 0.9, alpha=0.7),
    ]
    table = agreement_table(report, {"a": "Arbetsbörda"}, "sv")
    code, pooled = table.iloc[0].tolist(), table.iloc[1].tolist()
    assert code[0] == "Arbetsbörda" and math.isclose(code[-1], 0.62)
    assert pooled[0] == "Totalt" and pooled[-1] == "–"


def test_a_coefficient_just_below_zero_prints_as_zero() -> None:
    """-0.001 is "0.00" / "0,00" in the tables, -0.0004 "0.000" in the methods paragraph
    (three decimals, as the agreement table), never "-0.00" or "-0.000"."""
    from qualcode.export.labels import number

    assert number(-0.0004, "sv") == "0,00" and number(-0.0004, "en") == "0.00"
    assert number(-0.02, "sv") == "-0,02"  # a real negative value keeps its sign
    coders = ("johan", "karin")
    report = AgreementReport(list(coders), ["a", "b"], documents=1, units=84, bootstrap=0)
    report.rows = [
        AgreementRow("code", "a", None, coders, 84, 0.99, alpha=-0.0004, decisions=84),
        AgreementRow("code", "b", None, coders, 84, 0.9, alpha=0.71, decisions=84),
        AgreementRow("overall", None, None, coders, 84, 0.9, alpha=0.5, decisions=168),
    ]
    swedish = report.methods_paragraph("sv")
    assert "För varje kod var alfa mellan 0,000 och 0,710" in swedish and "-0,0" not in swedish
    assert "-0.0" not in report.methods_paragraph("en")


def test_a_code_without_a_definition_says_so(tmp_path: Path) -> None:
    """A code a coder proposed (no definition yet) printed "Definition." and nothing."""
    from tests.conftest import team_project

    project, doc = team_project(tmp_path / "d.db")  # its one code has names only
    with project:
        unit = project.units(doc)[0]
        project.act_as("karin")
        project.add_coding(doc, unit.start, unit.end, "mission", "karin")
        project.act_as("lena")
        swedish = project.build_summary(layer="coder", lang="sv")
        english = project.build_summary(layer="coder", lang="en")
    assert [t.definition for t in swedish.themes] == ["ingen i kodboken än"]
    assert [t.definition for t in english.themes] == ["none in the codebook yet"]

"""The methods paragraph says "1 document", "1 code", "1 was made by hand": a paper
cites it as written, and a pilot round on one transcript is where a team starts."""

from __future__ import annotations

from qualcode.agreement.methods import Provenance
from qualcode.agreement.report import AgreementReport, AgreementRow


def one_of_each(open_cases: int = 0) -> AgreementReport:
    coders = ("johan", "karin", "consensus") if open_cases else ("johan", "karin")
    out = AgreementReport(list(coders), ["a"], documents=1, units=84, bootstrap=0)
    out.rows = [
        AgreementRow("code", "a", None, coders, 84, 0.9, alpha=0.71, decisions=84),
        AgreementRow("overall", None, None, coders, 84, 0.9, alpha=0.71, decisions=84),
    ]
    out.open_cases = open_cases
    out.provenance = Provenance({"manual": 1, "suggestion": 1}, 1, 3)
    return out


def test_one_document_one_code_one_coding_each_way_in_english() -> None:
    text = one_of_each().methods_paragraph()
    assert "84 sentence units in 1 document, coded" in text
    assert "with 1 code (84 unit-code decisions" in text
    assert "1 was made by hand and 1 was accepted from qualcode's suggestions" in text
    assert "1 documents" not in text and "1 codes" not in text and "1 were" not in text


def test_one_document_one_code_in_swedish() -> None:
    text = one_of_each().methods_paragraph("sv")
    assert "84 meningsenheter i 1 dokument, kodade" in text
    assert "med 1 kod (84 beslut" in text and "1 koder" not in text


def test_one_open_case_is_one_case_in_both_languages() -> None:
    report = one_of_each(open_cases=1)
    assert "1 disagreement case in these documents was still undecided" in (
        report.methods_paragraph()
    )
    assert "1 fall i dessa dokument där kodarna skilde sig åt var ännu inte avgjort" in (
        report.methods_paragraph("sv")
    )


def test_several_stay_plural() -> None:
    report = one_of_each(open_cases=2)
    report.documents = 3
    report.provenance = Provenance({"manual": 2, "suggestion": 5}, 3, 3)
    text = report.methods_paragraph()
    assert "in 3 documents, coded" in text and "2 were made by hand and 5 were" in text
    assert "2 disagreement cases in these documents were still undecided" in text


def test_one_coding_each_way_in_swedish() -> None:
    text = one_of_each().methods_paragraph("sv")
    assert "var 1 gjord för hand och 1 godtaget förslag från qualcode" in text


def test_the_swedish_paragraph_names_the_seed_as_a_random_seed() -> None:
    from qualcode.agreement.methods import Provenance

    report = one_of_each()
    report.bootstrap = 1000
    report.rows[-1] = AgreementRow(
        "overall",
        None,
        None,
        ("johan", "karin"),
        84,
        0.9,
        alpha=0.71,
        alpha_low=0.6,
        alpha_high=0.8,
        resamples=1000,
        decisions=84,
    )
    report.provenance = Provenance({"manual": 3}, 1, 1, seed=0)
    text = report.methods_paragraph("sv")
    assert (
        "1000 omsamplingar av meningsenheter, var och en med alla sina koder, slumpfrö 0)" in text
    )


def test_codings_made_from_a_text_search_are_counted_apart_and_still_independent() -> None:
    report = one_of_each()
    report.provenance = Provenance({"manual": 3, "search": 2}, 1, 1)
    text = report.methods_paragraph()
    assert "3 were made by hand and 2 were made by coding the hits of their own text" in text
    assert "coded independently by 2 coders" in text  # a coder's own act, as by hand
    report.provenance = Provenance({"search": 1}, 1, 1)
    assert "1 was made by coding the hits of a text search" not in report.methods_paragraph()
    assert report.methods_paragraph("sv").startswith(
        "Samtliga 1 bedömda kodningar av kodarna var gjorda genom att koda träffarna"
    )


def test_one_unit_is_one_unit_and_one_decision_in_both_languages() -> None:
    """A pilot on one sentence read "assessed on 1 sentence units ... (1 unit-code
    decisions per rater)"."""
    coders = ("johan", "karin")
    report = AgreementReport(list(coders), ["a"], documents=1, units=1, bootstrap=0)
    report.rows = [
        AgreementRow("code", "a", None, coders, 1, 1.0, decisions=1),
        AgreementRow("overall", None, None, coders, 1, 1.0, decisions=1),
    ]
    text, svenska = report.methods_paragraph(), report.methods_paragraph("sv")
    assert "assessed on 1 sentence unit in 1 document" in text
    assert "(1 unit-code decision per rater)" in text and "1 sentence units" not in text
    assert "bedömdes på 1 meningsenhet i 1 dokument" in svenska

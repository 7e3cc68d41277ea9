"""A coder stored with a capital, as a participant's speaker label writes her: "Karin".

Since coders print apart (b48f660f) a whole text that is a coder's stored name is hers,
save where a speaker's label reads the same: then "Karin" went through the participants'
key, so coder Karin was IP1 in `agree`'s rows, the codings' coder column and the quotes'
coder, a coder reported as an interviewee. Every table cites its participants through the
key before it is rendered (``_citer``), so a whole cell holding the coder's stored name is
the coder; in running text ("Karin: Det var tungt") the label stays the participant's.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from qualcode import Project
from tests.project.coder_label_kit import JOHAN_TEXT, TEXT, code_mission, karin_team


def _decided(project: Project) -> None:
    """Karin and Johan code from Karin's "Johan sa", both done; lena takes Karin's version
    of the one case, discussed with both."""
    doc = karin_team(project, ("Karin", "Johan"), JOHAN_TEXT, ("speaker", "person"))
    code_mission(project, doc, JOHAN_TEXT.index("Johan sa"), {"Karin": 90, "Johan": 40})
    case = project.cases()[0].case.id
    project.decide(case, "accept:Karin", "läst", "lena", participants=["Karin", "Johan"])


def _karin_and_johan_done(project: Project) -> None:
    """Karin and johan code from Karin's "Det var" (50 and 20 characters), both done."""
    doc = karin_team(project, ("Karin", "johan"))
    code_mission(project, doc, TEXT.index("Det var"), {"Karin": 50, "johan": 20})


def test_a_coder_named_as_a_speaker_label_is_printed_as_a_coder(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        doc = karin_team(project, ("Karin", "johan"))
        participant = project.pseudonym_key(viewer="lena").pseudonym("Karin")
        start = TEXT.index("Karin: Det var")  # from the label: the talk's "Karin" is hers
        code_mission(project, doc, start, {"Karin": 40, "johan": 40}, done=False)
        report = project.agreement(bootstrap=0)
        out = project.export_codings(tmp_path / "c.csv", viewer="lena", force=True, lang="sv")
        rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
        quotes = project.report_quotes(viewer="lena")
    assert participant == "IP1"
    printed = set(report.coders) | {r["coder"] for r in rows} | set(quotes["coder"])
    assert printed == {"Kodare B", "Kodare C"}, printed  # never IP1, never 'Karin'; johan too
    assert all(t.startswith("IP1: Det var") for t in quotes["text"]), list(quotes["text"])


def test_a_notebook_s_speaker_column_stays_the_participant_s(tmp_path: Path) -> None:
    """The pandas API: a frame of codings with the turns' speakers, saved for a paper."""
    with Project.create(tmp_path / "p.db") as project:
        karin_team(project)
        frame = pd.DataFrame({"coder": ["Karin"], "speaker": ["Karin"], "n": [3]})
        out = project.save_frame(frame, tmp_path / "f.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    # Kodare B: lena joined first (her place among the coders as they joined, pseudo40b)
    assert (rows[0]["coder"], rows[0]["speaker"]) == ("Kodare B", "IP1"), rows


def test_a_summary_s_decisions_print_coders_as_coders(tmp_path: Path) -> None:
    """Who decided, whose version, who took part: coders; the passage: Karin's words, in
    which the Johan she speaks of is the participant N1, not coder Johan."""
    with Project.create(tmp_path / "p.db") as project:
        _decided(project)
        out = project.export_summary(tmp_path / "s.md", viewer="lena", lang="sv", appendix=True)
    row = next(line for line in out.read_text().splitlines() if "| läst |" in line)
    assert "| N1 sa att" in row and re.search(r"godta Kodare [AB]:s", row), row
    assert "IP1" not in row.split("| läst |")[1], row  # with: Kodare A, Kodare B


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_agenda_counts_coders_as_coders(tmp_path: Path, lang: str) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _karin_and_johan_done(project)
        project.write_agenda(tmp_path / "a.md", viewer="lena", lang=lang)
    # in the export's words (pseudo40b), listed as printed (order46), johan labelled as
    # karin is once she must be (user49)
    listed = {"sv": r"\(Kodare B, Kodare C\)", "en": r"\(Coder B, Coder C\)"}[lang]
    lines = (tmp_path / "a.md").read_text().splitlines()
    scope = next(line for line in lines if re.search(listed, line))
    assert "IP1" not in scope and "johan" not in scope, scope


def test_the_audit_s_verdict_names_the_coder(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _karin_and_johan_done(project)
        project.decide(project.cases()[0].case.id, "accept:Karin", "läst", "lena")
        entry = project.audit(viewer="lena", action="reconcile.decide")[0]
    assert re.fullmatch(r"accept:Kodare [A-C]", str(entry.payload["verdict"])), entry.payload


def test_a_participant_named_in_the_talk_is_no_coder_in_any_table(tmp_path: Path) -> None:
    """Karin's "Johan sa att ..." in the codings export, the quotes and the coding query:
    the participant N1 in all three (the query read it so; the other two as coder Johan's
    label, "Kodare A sa att ...")."""
    with Project.create(tmp_path / "p.db") as project:
        doc = karin_team(project, ("Karin", "Johan"), JOHAN_TEXT, ("speaker", "person"))
        start = JOHAN_TEXT.index("Johan sa")
        code_mission(project, doc, start, {"Karin": 40}, done=False)
        out = project.export_codings(tmp_path / "c.csv", viewer="lena")
        texts = [r["text"] for r in csv.DictReader(out.open(encoding="utf-8-sig"))]
        texts += list(project.report_quotes(viewer="lena")["text"])
        texts += [q.text for q in project.report_query(["mission"], "lena")]
    assert len(texts) == 3 and all(t.startswith("N1 sa att") for t in texts), texts


@pytest.mark.parametrize(
    ("lang", "word", "other"), [("en", "Coder", "Kodare"), ("sv", "Kodare", "Coder")]
)
def test_a_summary_names_a_labelled_coder_one_way(
    tmp_path: Path, lang: str, word: str, other: str
) -> None:
    """The methods paragraph (the agreement report) and the decisions alike: an English
    summary said "coded by 2 coders (Kodare C, Kodare B)" above "accept Coder B's" once
    a label came to read in the export's words (pseudo40b)."""
    with Project.create(tmp_path / "p.db") as project:
        _decided(project)
        out = project.export_summary(tmp_path / "s.md", viewer="lena", lang=lang, appendix=True)
    summary = out.read_text(encoding="utf-8")
    assert re.search(rf"{word} [BC]", summary), summary
    assert not re.search(rf"{other} [A-C]\b", summary), summary

"""What is not a statement carries no theme: a roll of people, a form's fields, a title that
asks a question, a committee's formal decision on a paper; and a suggested passage never runs
from one written paragraph into the next (``nlp/records.py``, ``nlp/lines.py``,
``nlp/frame.py``, ``nlp/drafts.py``). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp import headings
from qualcode.nlp.drafts import merge_runs
from qualcode.nlp.frame import frame_units, is_frame
from qualcode.nlp.records import is_record
from tests.nlp.engine_kit import turn_unit

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"
ROLL = (
    "Karin Ekholm, förvaltningschef\nPeter Lund, biträdande förvaltningschef\n"
    "Maja Berg, verksamhetschef\nOla Nyström, enhetschef\nSara Holm, nämndsekreterare"
)


@pytest.mark.parametrize(
    "text",
    [
        ROLL,
        "Anna Björk (S)X\nErik Dahl (M)X\nLisa Ek (C)\n§§ 12-14\nJonas Falk (V)X",
        "Ordförande: Britta Sandell",
        "Datum: 2023-03-14",
        "Förvaltningschef: Johan Ahl",
        "Justerare\nPlats och tid\nSocialkontoret, 2023-03-21\nParagrafer 40–52",
        "Förvaltningschef socialtjänsten Maria Wik, Socialchef 0650-123 45",
    ],
)
def test_rolls_and_fields_are_records(text: str) -> None:
    assert is_record(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mentorskap: nya medarbetare får en erfaren kollega",  # a list item says something
        "Social Work Capacity",  # a heading in title case names no person
        "Lena Ek, förvaltningschef, menade att nämnden måste lyssna mer.",  # a sentence
        "Vi har inte fått\nde resurser som\nvi behöver för\nuppdraget",  # wrapped talk
        "Introduktion för nya socialsekreterare",
        # a list's item naming a measure, then what it does: no person and a role
        "Trygg Start, introduktion med mentor och minskad ärendemängd första halvåret",
        "Practice Leads, senior social workers who mentor staff and carry smaller caseloads",
        "Lex Sarah, anmälningar som leder till lärande",
    ],
)
def test_statements_and_items_are_no_records(text: str) -> None:
    assert not is_record(text)


def test_a_record_is_a_heading_and_a_speaker_naming_people_is_not() -> None:
    written = [turn_unit(0, "Närvarande"), turn_unit(1, ROLL), turn_unit(2, "Mötet öppnades.")]
    assert headings.headings(written).tolist()[1]
    spoken = [turn_unit(0, "Karin Ekholm, förvaltningschef", spoken=True)]
    assert not headings.headings(spoken).any()


def test_a_question_can_be_a_documents_title() -> None:
    """A union's report titled as a question, on its cover and on the page after it."""
    units = [
        turn_unit(0, "april 2021\nHur kan nämnden\nmatcha krav och resurser?"),
        turn_unit(1, "Förslag för en hållbar socialtjänst"),
        turn_unit(2, "Hur kan nämnden\nmatcha krav och resurser?"),
        turn_unit(3, "Förslag för en hållbar socialtjänst"),
        turn_unit(4, "Socialsekreterarna har för många ärenden."),
        turn_unit(4, "Det gör att många slutar."),
    ]
    assert headings.headings(units).tolist() == [True] * 4 + [False] * 2
    # a study's questions alone at the start are what it asks, and are scored
    asked = [
        turn_unit(0, "Hur ser bemanningen ut?"),
        turn_unit(1, "Vad kostar personalomsättningen?"),
    ]
    asked.append(turn_unit(2, "Rapporten jämför tolv kommuner."))
    assert not headings.headings(asked).any()
    # a question later in a document, standing as a sentence, is scored as before
    later = [turn_unit(0, "Nämnden har följt upp arbetsmiljön."), turn_unit(1, "Vad kostar det?")]
    later.append(turn_unit(2, "Personalomsättningen kostar mycket."))
    assert not headings.headings(later)[1]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1. Godkänna budget för 2024 med plan för åren 2025-2026", "sv"),
        ("2. Överlämna årsredovisningen till kommunfullmäktige", "sv"),
        ("Socialnämnden beslutar att lägga rapporten till handlingarna.", "sv"),
        ("Arbetsutskottet beslutar att notera informationen.", "sv"),
        ("RESOLVED that the report be noted.", "en"),
        ("The minutes of the meeting were approved as a correct record.", "en"),
        ("Nämnden godkände budgeten.", "sv"),
        ("The Committee noted the report.", "en"),
        ("To approve the annual budget for 2025.", "en"),
        ("Nämnden antog budgeten.", "sv"),
        ("Anta internkontrollplan för nästa år", "sv"),
        ("Lägga rapporten för kännedom till handlingarna", "sv"),
        ("That the plan for the coming year be approved.", "en"),
        ("The Cabinet noted the report for information.", "en"),
        # "with", "on", "med", "om" before a date, a number, a body or another paper close
        ("Nämnden godkände rapporten.", "sv"),
        ("The committee noted the report.", "en"),
        ("Nämnden godkände budgeten med ändringar.", "sv"),
        ("Styrelsen antog planen med bilagor.", "sv"),
        ("Nämnden godkände protokollet med socialnämnden.", "sv"),
        ("Budgeten godkändes om 12 miljoner kronor.", "sv"),
        ("Nämnden fastställde budgeten med plan för 2026.", "sv"),
        ("Utskottet noterade rapporten om Stockholms stad.", "sv"),
        ("The board approved the budget with amendments.", "en"),
        ("The committee noted the report on 12 March.", "en"),
        ("The council adopted the plan with the cabinet.", "en"),
        ("The panel agreed the minutes on Monday.", "en"),
        ("Members approved the accounts with the report.", "en"),
        ("The board noted the update on the agenda.", "en"),
        # the filing formula at the end files the paper whatever its topic
        (
            "Nämnden beslutar att lägga informationen om personalomsättningen till handlingarna.",
            "sv",
        ),
        ("Utskottet lägger rapporten om arbetsmiljön till handlingarna", "sv"),
        ("The committee noted the update on caseloads for information.", "en"),
    ],
)
def test_a_formal_decision_on_a_paper_is_frame(text: str, lang: str) -> None:
    assert is_frame(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a decision that says why is longer than a formal one, and keeps its score
        (
            "2. Anta handlingsplanen och uppmana nämnderna att själva prioritera bland "
            "åtgärderna utifrån sina förutsättningar och i dialog med medarbetarna på lokal nivå.",
            "sv",
        ),
        ("To approve an additional £2m a year to recruit permanent social workers.", "en"),
        ("The board adopted a four-year plan to cut the use of agency social workers.", "en"),
        ("Nämnden antog en plan för att minska de externa placeringarna.", "sv"),
        ("Budgeten räcker inte, och varje år kommer nya sparkrav.", "sv"),
        ("The Panel noted that agency staff cost far more than permanent staff.", "en"),
        # a formal verb and a paper that is not its object: what people think or do
        ("Staff agreed that the information they received was poor.", "en"),
        ("Councillors noted the budget pressures on children's services.", "en"),
        ("Managers agreed the plan would reduce caseloads.", "en"),
        ("Vi lägger stor vikt vid uppföljning av placeringarna.", "sv"),
        ("Förvaltningen lägger fram en plan för färre placeringar.", "sv"),
        # a paper followed by what it is for says what was decided, as "to" and "för att" do
        ("Kommunen antar en plan för introduktion av nya socialsekreterare.", "sv"),
        ("Ledningen lägger om planen för bemanning.", "sv"),
        ("The council adopted a new plan for reducing caseloads.", "en"),
        ("Staff endorsed the plan for mentoring new social workers.", "en"),
        # "with", "on", "med", "om" before what the paper is about or with whom: it argues
        ("Leaders agreed the budget with the unions.", "en"),
        ("The team adopted the update on caseloads.", "en"),
        ("The council approved the plan with more permanent social workers.", "en"),
        ("Managers noted the report on staff turnover.", "en"),
        ("The board endorsed the recommendations on supervision for new staff.", "en"),
        ("Councillors agreed the budget with cuts to agency staff.", "en"),
        ("Chefen godkände planen med fler fasta tjänster.", "sv"),
        ("Nämnden antog rapporten om personalomsättning.", "sv"),
        ("Ledningen godkände budgeten med facket.", "sv"),
        ("Gruppen antog planen om mentorskap för nya socialsekreterare.", "sv"),
        ("Förvaltningen noterade uppföljningen om sjukskrivningar.", "sv"),
        ("Nämnden fastställde budgeten med lägre kostnader för inhyrd personal.", "sv"),
    ],
)
def test_a_decision_that_argues_or_names_no_paper_is_not_frame(text: str, lang: str) -> None:
    assert not is_frame(text, lang)


def test_decisions_are_frame_only_in_written_text() -> None:
    """A politician saying in an interview that the committee approves the budget in June
    is telling how things work; the numbered decision point of minutes is the frame."""
    decision = "1. Godkänna budget för 2024 med plan för åren 2025-2026"
    units = [turn_unit(0, decision), turn_unit(1, decision, spoken=True)]
    assert frame_units(units).tolist() == [True, False]


def test_a_run_never_crosses_from_one_written_paragraph_into_the_next() -> None:
    units = [
        turn_unit(0, "Kraven växer utan att resurserna följer med."),
        turn_unit(0, "Ingen frågar socialsekreterarna."),
        turn_unit(1, "– Politikerna måste lyssna på verksamheten, säger ordföranden."),
    ]
    hit = np.ones(len(units), dtype=bool)
    assert merge_runs(units, hit) == [[0, 1], [2]]
    talk = [turn_unit(0, t.text, spoken=True) for t in units[:2]]
    talk.append(turn_unit(1, units[2].text, spoken=True))
    assert merge_runs(talk, hit) == [[0, 1, 2]]  # a speaker's turns join as before


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "minutes.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


@pytest.mark.slow
def test_minutes_suggest_on_what_was_said_not_on_who_attended(
    project: Project, tmp_path: Path
) -> None:
    """A committee's minutes as a coder imports them: the roll of officials (role words are
    keywords), the decision points and the fields get nothing; the item on turnover does."""
    path = tmp_path / "protokoll.txt"
    path.write_text(
        "Övriga närvarande\n\n" + ROLL + "\n\n"
        "Förvaltningschef: Karin Ekholm\n\n"
        "Beslut\n\n"
        "1. Godkänna budget för 2024 med plan för åren 2025-2026\n\n"
        "2. Överlämna budget för 2024 till kommunstyrelsen\n\n"
        "Förvaltningen redovisar att personalomsättningen bland socialsekreterarna är hög "
        "och att inhyrda konsulter kostar dubbelt så mycket som egen personal. "
        "Fler fasta tjänster skulle bli billigare över tid.\n",
        encoding="utf-8",
    )
    report = project.import_files([path], lang="sv")
    doc = report.imported[0].id
    text = project.store.documents.get(doc).text
    suggested = [text[s.start : s.end] for s in project.suggest([doc], semantic=False)]
    assert suggested, "the item on turnover and consultants is suggested"
    assert all("personalomsättningen" in s or "billigare" in s for s in suggested), suggested

"""A plan among interviews that name their interviewer: the summary quotes the plan too.

Interviews carry an ``interviewer`` attribute (the demo's do); a plan has none. A plan's
passage has no speaker, and an empty speaker matched the plan's empty interviewer, so
every passage of every plan counted as the interviewer's and none was ever quoted."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from qualcode import Project
from qualcode.analysis.frames import speaker_roles

INTERVIEW = (
    "Eva: Hur har våren varit?\n"
    "Anna: Ärendemängden växte och två kollegor slutade, så familjerna fick vänta.\n"
    "Eva: Vad gjorde nämnden?\n"
    "Anna: De kom till vårt möte och lyssnade på oss.\n"
)
PLAN = "Mål\n\nIngen socialsekreterare ska ha fler än arton pågående utredningar samtidigt.\n"


def test_a_passage_without_speaker_is_nobody_s_question() -> None:
    quoted = pd.DataFrame(
        {
            "speaker": [None, "Eva", "Anna", "I"],
            "interviewer": [None, "Eva", "Eva", None],
            "role": ["plan", "socialsekreterare", "socialsekreterare", "chef"],
        }
    )
    assert list(speaker_roles(quoted)) == [
        "plan",
        "interviewer",
        "socialsekreterare",
        "interviewer",
    ]


def test_the_summary_quotes_the_plan_cited_as_a_document(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("karin")
        project.add_code("workload", {"sv": "Arbetsbörda"})
        interview = project.import_text(
            "ip_anna.txt",
            INTERVIEW,
            lang="sv",
            attributes={"municipality": "Åby", "role": "socialsekreterare", "interviewer": "Eva"},
        )
        plan = project.import_text(
            "handlingsplan.txt", PLAN, lang="sv", attributes={"municipality": "Åby", "role": "plan"}
        )
        for doc, text, words in [
            (interview, INTERVIEW, "Ärendemängden växte och två kollegor slutade"),
            (plan, PLAN, "Ingen socialsekreterare ska ha fler än arton"),
        ]:
            start = text.index(words)
            project.add_coding(doc.id, start, start + len(words), "workload", "karin")
        summary = project.build_summary(layer="coder", lang="sv", quotes=3)
    quotes = summary.themes[0].quotes
    by_document = {q.document: q for q in quotes}
    assert set(by_document) == {"ip_anna", "handlingsplan"}
    plan_quote = by_document["handlingsplan"]
    assert plan_quote.role == "plan"  # cited by its name, as a document, not as "IP2"
    assert plan_quote.source("sv") == "handlingsplan, plan, Åby"
    assert by_document["ip_anna"].participant == "IP1"


def test_the_quotes_report_cites_a_plan_by_paragraph(tmp_path: Path) -> None:
    """`report quotes` read 'handlingsplan, plan, turn 1': the plan's role attribute was
    taken for a speaker's role; a plan has paragraphs, an interviewer turns."""
    from qualcode.cli.report import _source

    plan = {"cited_as": "handlingsplan", "participant": None, "turn": 3}
    assert _source({**plan, "speaker_role": "plan"}) == "handlingsplan, plan, paragraph 3"
    assert _source({**plan, "speaker_role": None}) == "handlingsplan, paragraph 3"
    asked = {**plan, "cited_as": "ip_anna", "speaker_role": "interviewer"}
    assert _source(asked) == "ip_anna, interviewer, turn 3"
    said = {**asked, "participant": "IP1", "speaker_role": "socialsekreterare"}
    assert _source(said) == "ip_anna, IP1 socialsekreterare, turn 3"

"""A heading of written text names what follows: it is never suggested on its own, and a
suggested passage under it starts at the paragraph, not at the heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.nlp import headings
from tests.nlp.engine_kit import turn_unit

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def test_a_title_and_a_section_heading_are_headings_a_list_is_not() -> None:
    units = [
        turn_unit(0, "Handlingsplan för socialtjänstens arbetsmiljö"),
        turn_unit(1, "3.1 Dialog om uppdraget"),
        turn_unit(2, "Nämnden och förvaltningen möts två gånger per termin."),
        turn_unit(3, "Mentorskap för nyanställda"),
        turn_unit(4, "Tak för antalet ärenden"),
        turn_unit(5, "Handledning varannan vecka"),
        turn_unit(6, "Uppföljning sker i december."),
        turn_unit(7, "Insatser:"),
        turn_unit(8, "Nämnden beslutar om insatserna i januari."),
    ]
    assert headings.headings(units).tolist() == [
        True,  # a title above a section heading: two in a row
        True,
        False,  # a sentence
        False,  # three short lines in a row are a list whose items say something
        False,
        False,
        False,
        True,  # a label introducing what follows
        False,
    ]


def test_a_lead_in_ending_in_a_colon_is_not_suggested_the_list_under_it_is() -> None:
    units = [
        turn_unit(0, "För att arbetsmiljön ska bli bättre gör förvaltningen följande:"),
        turn_unit(1, "Mentorskap för nyanställda"),
        turn_unit(2, "Tak för antalet ärenden"),
        turn_unit(3, "Handledning varannan vecka"),
        turn_unit(4, "Nämnden har beslutat om följande:"),
        turn_unit(5, "Ett ärendetak på femton barn per socialsekreterare från och med januari."),
        turn_unit(6, "Vi har tre saker att säga om det här:", spoken=True),
    ]
    assert headings.headings(units).tolist() == [
        True,  # a lead-in, nine words: longer than a heading, still no statement
        False,  # the list's items say something
        False,
        False,
        True,
        False,
        False,  # a speaker may end a turn on a colon; turns are never headings
    ]
    long = turn_unit(0, " ".join(["ord"] * (headings.LEAD_IN_WORDS + 1)) + ":")
    assert not headings.headings([long]).any()  # a long paragraph ending in a colon says things


def test_units_of_a_paragraph_or_an_interview_turn_are_never_headings() -> None:
    two = [turn_unit(0, "Kort rad utan punkt"), turn_unit(0, "Och en till utan punkt")]
    said = [turn_unit(1, "Ja precis så", spoken=True)]
    assert not headings.headings(two + said).any()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "headings.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


@pytest.mark.slow
def test_a_plans_heading_is_not_suggested_nor_does_it_open_a_passage(project: Project) -> None:
    # written for this test: a section of a municipal plan on long-term economics
    plan = (
        "3.2 Långsiktig ekonomi och placeringar\n\n"
        "Besparingar på öppenvården ett år gav dyra externa placeringar på HVB året efter. "
        "När budgeten bara ses ett år i taget flyttas kostnaderna i stället för att minska. "
        "Nämnden vill därför räkna på vad tidiga insatser sparar över flera år.\n"
    )
    doc = project.import_text("plan.txt", plan, lang="sv").id
    candidates, _ = project._candidates([doc])
    assert candidates[0].text.startswith("3.2")
    engine = project.suggester()
    probs, _ = engine.score(candidates)
    assert probs[0].max() == 0.0
    j = engine.codes.index("long_term_economics")
    assert probs[1:, j].max() >= 0.4  # the paragraph under it is suggested as before
    drafts = [d for d in engine.suggest(candidates) if d.code == "long_term_economics"]
    assert drafts and min(d.start for d in drafts) >= candidates[1].start

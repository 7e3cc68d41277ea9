"""A list's items say things, however short: two short items side by side inside a longer
list, or a list of two under its lead-in, are no title and section heading. Before, such
items were set to 0 as headings and never suggested (a real research report's list of
workplace practices: two pairs of its six bulleted items were read as headings). Items of
one code in a row are suggested as one passage, as a reader takes a list, not one each."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.nlp import headings
from qualcode.nlp.lines import list_items
from tests.nlp.engine_kit import turn_unit

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def test_bulleted_items_are_never_headings() -> None:
    units = [
        turn_unit(0, "Arbetsplatserna med låg sjukfrånvaro hade gemensamt:"),
        turn_unit(1, "• Mentorskap för nyanställda"),
        turn_unit(2, "• Tak för antalet ärenden"),
        turn_unit(3, "• Chefen fördelar ärendena och följer upp belastningen varje vecka"),
        turn_unit(4, "• Gemensamma beslutsforum"),
        turn_unit(5, "• Lex Sarah för lärande"),
        turn_unit(6, "Sammantaget skyddar strukturerna den enskilde."),
    ]
    assert list_items(units) == [1, 2, 3, 4, 5]
    # before: the pairs (1, 2) and (4, 5) were two short lines in a row, a title and a heading
    assert headings.headings(units).tolist() == [True, False, False, False, False, False, False]


def test_two_lines_under_a_lead_in_are_its_list() -> None:
    units = [
        turn_unit(0, "Förvaltningen gör följande:"),
        turn_unit(1, "Mentorskap för nyanställda"),
        turn_unit(2, "Tak för antalet ärenden"),
        turn_unit(3, "Uppföljning sker i december."),
        turn_unit(4, "Bilaga 1"),  # no lead-in above: a heading as before
        turn_unit(5, "Ärendefördelning"),
        turn_unit(6, "Nämnden beslutar om insatserna i januari."),
    ]
    assert list_items(units) == [1, 2]
    assert headings.headings(units).tolist() == [True, False, False, False, True, True, False]


def test_a_dash_opening_a_word_or_talk_is_no_bullet() -> None:
    units = [
        turn_unit(0, "-Kort rad"),  # no space after the dash: a word, not an item
        turn_unit(1, "Ärendefördelning"),
        turn_unit(2, "Vi har tre saker att säga om det här:", spoken=True),
        turn_unit(3, "– Ja precis", spoken=True),  # a speaker's turn is no list
    ]
    assert list_items(units) == []


@pytest.mark.slow
def test_a_short_item_of_a_bulleted_list_is_suggested(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # written for this test: a report's list of what some workplaces do (a lead-in naming
    # sick leave makes the list's point itself: tests/nlp/test_lead_in_point.py)
    report = (
        "Arbetsplatserna hade några saker gemensamt:\n\n"
        "• Mentorskap för nyanställda\n\n"
        "• Lex Sarah för lärande\n\n"
        "• Chefen fördelar ärendena och följer upp belastningen varje vecka\n\n"
        "• Gemensamma rutiner\n\n"
        "• Strukturerad introduktion\n\n"
        "Sammantaget skyddar strukturerna den enskilde.\n"
    )
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "list.db") as project:
        project.load_codebook(CODEBOOK)
        doc = project.import_text("rapport.txt", report, lang="sv").id
        candidates, _ = project._candidates([doc])
        texts = [c.text for c in candidates]
        assert texts[1] == "• Mentorskap för nyanställda"
        engine = project.suggester()
        probs, _ = engine.score(candidates)
        j = engine.codes.index("systems_perspective")
        assert probs[0].max() == 0.0  # the lead-in says nothing itself, as before
        # the items the heading rule set to 0 (two short lines, then two more) are scored
        for i in (1, 2, 4, 5):
            assert probs[i, j] >= 0.4, texts[i]
        # the list is one suggested passage, as a reader takes it, not one per item
        drafts = [d for d in engine.suggest(candidates) if d.code == "systems_perspective"]
        # (its closing sentence, a paragraph of its own, is a passage of its own: stop 30)
        assert [d.start for d in drafts] == [candidates[1].start, candidates[6].start], drafts
        assert drafts[0].end == candidates[5].end

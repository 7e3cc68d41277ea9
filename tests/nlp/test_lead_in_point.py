"""A lead-in that makes a point carries it into its list.

A report states a finding and lists what it consists of: "Enheter där få var sjukskrivna
hade organiserat arbetet på samma sätt:" and under it short items that say little about
any code alone. Researchers who code by passage give the lead-in and every item the
finding's code; the engine set the lead-in to 0 as a heading (a plan's "Nämnden gör
följande:" says nothing itself) and scored each item alone, so a whole list was missed
(a research report on the development sets, seven sentences; benchmarks/SUGGEST.md
"Stop 27, suggest17"). Now a lead-in that fits a code at the default threshold on its
own keeps that score and its list's items get most of it; a lead-in that says nothing is
still a heading. The reports here are written for the test.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp.lines import LEAD_FACTOR, carry_points, lead_ins
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate
from tests.nlp.engine_kit import turn_unit

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def test_a_lead_in_and_the_items_under_it() -> None:
    units = [
        turn_unit(0, "Vi fann tre saker:"),
        turn_unit(1, "• Mentorskap"),
        turn_unit(2, "• Gemensamma rutiner"),
        turn_unit(3, "Det var allt."),
        turn_unit(4, "• Ett punktat stycke utan inledning"),
        # a colon ending the last sentence of a longer paragraph opens no list of its own
        Candidate("d", 500, 520, "Det var en dag i maj.", "sv", False, 5),
        Candidate("d", 521, 540, "Vi gjorde följande:", "sv", False, 5),
        turn_unit(6, "• Ringde runt"),
        turn_unit(7, "Sedan gjorde vi så här:"),  # a line opening the next list ends this one
        turn_unit(8, "• Skrev ner allt"),
    ]
    assert lead_ins(units) == {0: [1, 2], 8: [9]}


def test_a_lead_ins_point_is_lent_to_its_items_and_nothing_else() -> None:
    point = np.array([[0.7, 0.2], [0.1, 0.0], [0.0, 0.1], [0.3, 0.0]])
    probs = point.copy()
    probs[0] = 0.0  # the heading rule's 0
    out = carry_points({0: [1, 2]}, point, probs)
    assert out[0].tolist() == [0.7, 0.0]  # its point kept, a code it does not fit stays 0
    assert np.allclose(out[1:3, 0], LEAD_FACTOR * 0.7)
    assert out[1:3, 1].tolist() == [0.0, 0.1]
    assert out[3].tolist() == [0.3, 0.0]  # the paragraph after the list is its own
    below = point.copy()
    below[0, 0] = DEFAULT_THRESHOLD - 0.01  # no point at the threshold: nothing lent
    assert np.array_equal(carry_points({0: [1, 2]}, below, probs), probs)


@pytest.mark.slow
def test_a_list_under_a_finding_is_suggested_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = (
        "Förvaltningarna med låg sjukfrånvaro sökte orsakerna i organisationen, inte hos "
        "den enskilde, och hade ordnat arbetet så här:\n\n"
        "• Varje vecka en genomgång av hur ärendena fördelats\n\n"
        "• Rätt att säga nej till fler ärenden\n\n"
        "• Samma tid för frågor varje morgon\n\n"
        "Förvaltningen gör följande i år:\n\n"
        "• Ny skylt vid entrén\n\n"
        "• Kaffemaskin i personalrummet\n"
    )
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "lead.db") as project:
        project.load_codebook(CODEBOOK)
        doc = project.import_text("rapport.txt", report, lang="sv").id
        candidates, _ = project._candidates([doc])
        texts = [c.text for c in candidates]
        assert texts[1].startswith("• Varje vecka") and len(texts) == 7, texts
        engine = project.suggester()
        probs, comp = engine.score(candidates)
        j = engine.codes.index("systems_perspective")
        assert comp.alone is not None and comp.alone[0, j] >= DEFAULT_THRESHOLD
        for i in (1, 2, 3):  # alone they say little of any code; as the finding's list, SP
            assert comp.alone[i].max() < DEFAULT_THRESHOLD, texts[i]
            assert probs[i, j] >= DEFAULT_THRESHOLD, texts[i]
        assert probs[0, j] >= DEFAULT_THRESHOLD  # the finding itself is no heading
        # a lead-in that says nothing is still a heading, and lends nothing
        assert probs[4].max() == 0.0
        assert probs[5:].max() < DEFAULT_THRESHOLD
        drafts = [d for d in engine.suggest(candidates) if d.code == "systems_perspective"]
        assert [(d.start, d.end) for d in drafts] == [(candidates[0].start, candidates[3].end)]
        assert drafts[0].evidence["context"] == "its list's lead-in makes this point"

"""A notebook's coding query reads as whoever acts, as the quotes and the other reports do:
``report_query(["integration"])`` stopped with "missing a required argument: 'viewer'"
while ``report_quotes()`` beside it needed none (study48, a team scripting its analysis)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_plain_document, coding_team

SENTENCES = ["Ärendena blev för många.", "Kollegorna ställde upp."]


def test_a_query_without_a_viewer_is_the_acting_persons(tmp_path: Path) -> None:
    with coding_team(tmp_path / "p.db") as project:
        doc = add_plain_document(project, "aby_01.txt", SENTENCES)
        first, second = project.units(doc)
        code = project.codebook_specs()[0].key
        project.act_as("karin")
        project.add_coding(doc, first.start, first.end, code, "karin")
        project.act_as("johan")
        project.add_coding(doc, second.start, second.end, code, "johan")
        project.act_as("karin")  # blind: her own passage only, as her quotes
        assert [p.text for p in project.report_query([code])] == [SENTENCES[0]]
        assert [p.text for p in project.query_codings([code])] == [SENTENCES[0]]
        project.act_as("lena")  # the lead reads the team's
        assert sorted(p.text for p in project.report_query([code])) == sorted(SENTENCES)
        assert len(project.retrieve(code)) == 2

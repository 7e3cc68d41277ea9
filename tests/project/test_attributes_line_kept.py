"""A value the one-line attribute editor cannot write back (review 26): a ';' inside it
(``interviewers=Lena; Johan``) or a line break, which a document's attributes may hold.
Written into the TUI's A line, the line no longer read back: Enter on it unchanged was
refused (''Johan': write each attribute as KEY=VALUE'). Such a value is left off the line
and, a key left out staying as it is, kept."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.attribute_sheet import attributes_line, parse_attributes_line
from tests.conftest import add_plain_document, small_codebook


def test_a_value_that_would_not_read_back_is_left_off_the_line() -> None:
    values = {"interviewers": "Lena; Johan", "note": "two\nlines", "role": "chef"}
    assert attributes_line(values) == "role=chef"
    assert parse_attributes_line(attributes_line({"interviewer": "Lena, Johan"})) == {
        "interviewer": "Lena, Johan"
    }


def test_the_line_as_offered_changes_nothing_and_keeps_the_value(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        doc = add_plain_document(project, "aby_01.txt", ["Vi pratade om uppdraget."])
        project.set_attributes(doc, {"interviewers": "Lena; Johan", "role": "chef"})
        project.act_as("lena")
        offered = attributes_line(project.documents()[0].attributes)
        assert project.edit_attributes("aby_01", offered, "lena") == {}
        assert project.edit_attributes("aby_01", offered.replace("chef", "enhetschef"), "lena") == {
            "role": "enhetschef"
        }
        assert project.documents()[0].attributes["interviewers"] == "Lena; Johan"


def test_keys_that_would_not_read_back_and_spaced_values_are_kept(tmp_path: Path) -> None:
    """A sheet's column named 'år;kvartal' refused the line offered (''år': write each
    attribute as KEY=VALUE'), one named 'skala=1-5' read back as a new attribute 'skala'
    of '1-5=3', and a value with spaces at its ends was rewritten trimmed by Enter on the
    line unchanged (red team 16)."""
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        doc = add_plain_document(project, "aby_01.txt", ["Vi pratade om uppdraget."])
        odd = {"år;kvartal": "2024:1", "skala=1-5": "3", "plats": " Åby ", "role": "chef"}
        project.set_attributes(doc, odd)
        project.act_as("lena")
        offered = attributes_line(project.documents()[0].attributes)
        assert offered == "plats= Åby ; role=chef"
        assert project.edit_attributes("aby_01", offered, "lena") == {}
        assert project.documents()[0].attributes == odd

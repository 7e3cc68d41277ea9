"""A document's attributes edited on one line (``Project.edit_attributes``, the TUI's A):
only what is new or changed is written, a key left out stays, a bad line is refused whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.project.access import BlindError
from qualcode.project.attribute_sheet import attributes_line, parse_attributes_line
from tests.conftest import add_plain_document, small_codebook


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    made = Project.create(tmp_path / "p.db")
    made.apply_codebook(small_codebook())
    made.add_coder("karin")
    made.add_coder("lena", role="lead")
    doc = add_plain_document(made, "aby_01.txt", ["Vi pratade om uppdraget."])
    made.set_attributes(doc, {"municipality": "Åby", "interviewer": "Lena, Johan"})
    made.act_as("lena")
    yield made
    made.close()


def test_one_line_reads_back_as_it_was_written() -> None:
    values = {"municipality": "Åby", "interviewer": "Lena, Johan"}
    assert parse_attributes_line(attributes_line(values)) == values
    assert parse_attributes_line(" role = chef ;; date=2024-03-14; ") == {
        "role": "chef",
        "date": "2024-03-14",
    }


def test_only_what_changed_is_written_and_a_key_left_out_stays(project: Project) -> None:
    changed = project.edit_attributes("aby_01", "municipality=Åby; role=chef", "lena")
    assert changed == {"role": "chef"}
    assert dict(project.documents()[0].attributes) == {
        "municipality": "Åby",
        "interviewer": "Lena, Johan",
        "role": "chef",
    }
    assert project.edit_attributes("aby_01", "role=chef", "lena") == {}
    entries = project.audit("document.attributes", viewer="lena")
    assert entries[-1].payload["attributes"] == {"role": "chef"}


@pytest.mark.parametrize(
    ("line", "message"),
    [("role", "write each attribute as KEY=VALUE"), ("role=a; role=b", "given twice")],
)
def test_a_bad_line_is_refused_whole(project: Project, line: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        project.edit_attributes("aby_01", f"municipality=Ekstad; {line}", "lena")
    assert project.documents()[0].attributes["municipality"] == "Åby"


def test_a_coder_is_refused_before_and_when_writing(project: Project) -> None:
    project.act_as("karin")
    with pytest.raises(BlindError):
        project.check_attribute_change("aby_01")
    with pytest.raises(BlindError):
        project.edit_attributes("aby_01", "role=chef", "karin")

"""A coder asking for quotes as a colleague is refused in one line, as every other read
that names its reader is; before, ``report_quotes(viewer="johan")`` from karin's login
answered with karin's own codings under johan's name (redteam43)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError

BOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"
TEXT = "I: Hur går det?\n\nIP: Vi pratar om uppdraget med politikerna varje vecka nu.\n"


def test_a_coder_reads_quotes_as_herself_only(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.add_coder("johan")
        project.act_as("lena")
        project.load_codebook(BOOK)
        project.import_text("aby_01.txt", TEXT, lang="sv")
    with Project.open(path) as project:
        project.act_as("karin")
        doc = project.documents()[0]
        start = TEXT.index("Vi pratar")
        project.add_coding(doc.id, start, start + 20, "mission_dialogue", "karin")
        assert len(project.report_quotes(viewer="karin")) == 1
        with pytest.raises(QualcodeError) as refused:
            project.report_quotes(viewer="johan")
        assert "karin cannot read quotes as johan" in str(refused.value)
        assert "\n" not in str(refused.value)


def test_a_number_where_the_code_goes_is_an_unknown_code(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.load_codebook(BOOK)
        project.import_text("aby_01.txt", TEXT, lang="sv")
        doc = project.documents()[0]
        with pytest.raises(QualcodeError, match="unknown code '41'"):
            project.add_coding(doc.id, "mission_dialogue", 3, 41, "lena")  # type: ignore[arg-type]
        assert project.codings() == []

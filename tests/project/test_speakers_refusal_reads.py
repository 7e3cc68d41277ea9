"""A coder asking for the speakers as someone else is refused in a sentence (review39):
Project.speaker_roles named the act "speakers", and karin read "karin cannot speakers as
lena (a coder acts only as themselves ...)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.access import BlindError
from tests.conftest import SV_TEXT


def test_the_refusal_names_what_she_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    with Project.open(tmp_path / "p.db") as project:
        project.act_as("karin")
        with pytest.raises(BlindError) as refused:
            project.speaker_roles(doc.id, "lena")
    said = str(refused.value)
    assert said.startswith("karin cannot read who speaks as lena"), said

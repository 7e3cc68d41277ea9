"""Red team (claim 1): an attribute value holding ESC or BEL is refused.

``import --attr "municipality=Å<ESC>[31mby"`` was stored as given and then printed in
listings and exports. Attribute names were already one line; a value may span lines (a
notes cell of the attributes sheet) but now holds no other control character. The import
says so in one line and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT
from tests.hostile.export_kit import counts, fails


def test_an_escape_in_an_attribute_value_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    with Project.create(project) as p:
        p.add_coder("lena", role="lead")
    source = tmp_path / "aby_01.txt"
    source.write_text(SV_TEXT, encoding="utf-8")
    before = counts(project)
    message = fails(
        project, "import", str(source), "--lang", "sv", "--attr", "municipality=Å\x1b[31mby"
    )
    assert "control character" in message
    assert counts(project) == before
    with Project.open(project) as p:
        p.act_as("lena")
        doc = p.import_text("aby_02.txt", SV_TEXT, lang="sv", attributes={"notes": "a\nb"})
        with pytest.raises(ValidationError, match="control character"):
            p.set_attributes(doc.id, {"role": "chef\x07"}, actor="lena")

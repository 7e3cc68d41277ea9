"""Red team (claims 1 and 6): the pseudonym key and translations hold no control
characters.

A pseudonym holding ESC sequences ("IP\\x1b[8m1") was accepted and then printed into every
export in place of the name (37 times in the demo's codings csv, in the html summary),
a real name could hold a vertical tab, and a translation, quoted in every summary, could
hold ESC and BEL. All are refused in one line where they enter, nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import lena_coded


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return lena_coded(tmp_path / "p.db", (30, 80, "mission_dialogue"), name="aby_01.txt")


@pytest.mark.parametrize(
    ("real", "pseudonym"), [("Elin", "IP\x1b[8m1"), ("El\vin", "IP1"), ("Elin", "IP1\x07")]
)
def test_the_key_refuses_control_characters(project: Project, real: str, pseudonym: str) -> None:
    with pytest.raises(ValidationError, match="control character"):
        project.set_pseudonym(real, pseudonym, "lena", "speaker")
    assert project.pseudonyms("lena") == []
    project.close()


def test_a_translation_refuses_control_characters(project: Project) -> None:
    coding = project.codings()[0]
    with pytest.raises(ValidationError, match="control character"):
        project.translate_coding(coding.id, "en", "We \x1b[31mcannot\x07 win", "lena")
    assert project.translations() == {}
    project.close()

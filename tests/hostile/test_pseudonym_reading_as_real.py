"""A pseudonym that reads as the real name it stands for (red team, round 8).

``pseudonym set`` refused a pseudonym equal to the real name, or to another real name on
the key, in any case; but compared letters, not how they read. 'Bеngt' (a Cyrillic е)
for Bengt, or 'Εlin' (a Greek Ε) for another participant while Elin is on the key, was
taken, and every export then printed what reads as the participant's real name: the leak
check looks for the letters, which differ. Both are refused in one line that spells the
characters out, nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT
from tests.hostile.export_kit import counts


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "p.db"
    with Project.create(target) as p:
        p.add_coder("lena", role="lead")
        p.import_text("aby_01.txt", SV_TEXT + "\nR: Bengt och Elin var där.\n", lang="sv")
        p.set_pseudonym("Elin", "IP1", "lena", kind="person")
    return target


@pytest.mark.parametrize(
    ("real", "pseudonym", "said"),
    [
        ("Bengt", "B\u0435ngt", "'B\\u0435ngt' would leave the name as it reads"),
        ("Bengt", "\uff22ENGT", "would leave the name as it reads"),
        ("Bengt", "\u0395lin", "'\\u0395lin' is itself a real name on the key, or reads as one"),
        ("Bengt", "elin", "is itself a real name on the key"),
    ],
)
def test_a_pseudonym_reading_as_a_real_name_is_refused(
    path: Path, real: str, pseudonym: str, said: str
) -> None:
    before = counts(path)
    with Project.open(path) as p, pytest.raises(ValidationError) as refused:
        p.set_pseudonym(real, pseudonym, "lena")
    assert said in str(refused.value)
    assert counts(path) == before


def test_a_pseudonym_reading_otherwise_is_taken(path: Path) -> None:
    with Project.open(path) as p:
        p.set_pseudonym("Bengt", "IP2", "lena")
        assert {(k.real, k.pseudonym) for k in p.pseudonyms("lena")} == {
            ("Elin", "IP1"),
            ("Bengt", "IP2"),
        }

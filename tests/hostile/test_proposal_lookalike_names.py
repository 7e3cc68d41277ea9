"""A proposed code named as a code of the codebook reads (red team, round 8).

A coder proposing a code named as an existing one is told to code with that one; the
names were compared in case only, so karin's 'Uppdragsdіalog' (a Cyrillic і) beside the
codebook's 'Uppdragsdialog', or 'Ｉｎｔｅｇｒｅｒｉｎｇ' in full-width letters, came in as a
second code no reader of the lead's list, a summary or the agreement table could tell from
the first, and her codings with it counted as disagreements with everyone else's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import counts


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    target = tmp_path / "p.db"
    with Project.create(target) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.import_text("aby_01.txt", SV_TEXT, lang="sv")
    return target


@pytest.mark.parametrize(
    ("name", "existing"),
    [
        ("Uppdragsd\u0456alog", "Uppdragsdialog"),
        ("\uff29\uff4e\uff54\uff45\uff47\uff52\uff45\uff52\uff49\uff4e\uff47", "Integrering"),
        ("mission  DIALOGUE", "Mission dialogue"),
        # a zero-width space shows as nothing: the one reading rule (oneline.reads_as) drops
        # the format characters the pseudonym key's rule dropped, and names now read alike
        ("Uppdrags\u200bdialog", "Uppdragsdialog"),
    ],
)
def test_a_proposal_reading_as_a_code_is_refused(path: Path, name: str, existing: str) -> None:
    before = counts(path)
    with Project.open(path) as p:
        karin = p.act_as("karin")
        doc = karin.documents()[0].id
        with pytest.raises(ValidationError, match=f"a code named '{existing}' exists already"):
            karin.propose_code(doc, 0, 30, name, "karin")
    assert counts(path) == before


def test_a_name_reading_otherwise_is_proposed(path: Path) -> None:
    with Project.open(path) as p:
        karin = p.act_as("karin")
        doc = karin.documents()[0].id
        coding = karin.propose_code(doc, 0, 30, "Uppdragsdialoger", "karin")
        assert karin.code_status(coding.code) == ("proposed", "karin")

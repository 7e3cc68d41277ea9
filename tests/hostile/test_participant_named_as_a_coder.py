"""A participant's pseudonym never reads as a coder as the key prints her.

The key kept coders apart from each other, but the lead could give the participant Maria
the pseudonym 'karin' (or 'Kаrin' with a Cyrillic а, or 'Kodare A' while karin is printed
as 'Kodare A'): the summary then cited Maria's quotes as "karin, socialsekreterare" beside
agreement rows naming the coder karin, and a reader took one for the other. Refused in
one line, the key unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from tests.conftest import team_project


@pytest.mark.parametrize(
    ("pseudonym", "karin_keyed"),
    [
        ("karin", False),
        ("Karin", False),
        ("K\u0430rin", False),  # a Cyrillic а
        ("Kodare A", True),  # karin as every export prints her
        ("kodare a", True),
    ],
)
def test_a_participant_named_as_a_coder_is_refused(
    tmp_path: Path, pseudonym: str, karin_keyed: bool
) -> None:
    made, _ = team_project(tmp_path / "p.db")
    with made as p:
        p.act_as("lena")
        if karin_keyed:
            p.set_pseudonym("karin", "Kodare A", "lena")
        before = {e.real: e.pseudonym for e in p.pseudonyms("lena")}
        with pytest.raises(ValidationError, match="as exports print her") as refused:
            p.set_pseudonym("Maria", pseudonym, "lena")
        assert "\n" not in str(refused.value)
        assert {e.real: e.pseudonym for e in p.pseudonyms("lena")} == before


def test_a_pseudonym_apart_from_the_coders_is_taken(tmp_path: Path) -> None:
    made, _ = team_project(tmp_path / "p.db")
    with made as p:
        p.act_as("lena")
        p.set_pseudonym("karin", "Kodare A", "lena")
        p.set_pseudonym("Maria", "IP1", "lena")
        p.set_pseudonym("Johanna", "Kodare B", "lena")  # no coder is printed so
        assert len(p.pseudonyms("lena")) == 3


@pytest.mark.parametrize("name", ["IP1", "ip1", "\u0406P1"])  # a Cyrillic І
def test_a_new_coder_named_as_a_participant_is_refused(tmp_path: Path, name: str) -> None:
    """`coder add IP1` beside Elin, printed IP1: the coder and the participant were one
    name in every export."""
    made, _ = team_project(tmp_path / "p.db")
    with made as p:
        p.act_as("lena")
        p.set_pseudonym("Elin", "IP1", "lena")
        with pytest.raises(
            ValidationError, match="is a participant's pseudonym on the pseudonym key"
        ) as refused:
            p.add_coder(name)
        assert "\n" not in str(refused.value)
        assert sorted(c.name for c in p.coders()) == ["johan", "karin", "lena"]
        p.add_coder("IP2")  # no participant is printed so

"""A pseudonym that holds its own real name is refused when it is set.

`pseudonym set Alla P-Alla` was taken, and then every export (memos, agenda, summary,
codings) refused with "the real name behind P-Alla would appear": the pseudonym printed
for her carries her name. The one line now comes where the mistake is made, and the key
keeps what it had (user49b).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.cli.cli_kit import cli_run


@pytest.mark.parametrize("pseudonym", ["P-Alla", "Alla B", "IP1 (Alla)"])
def test_a_pseudonym_holding_the_name_is_refused_and_the_key_kept(
    tmp_path: Path, pseudonym: str
) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.set_pseudonym("Alla", "IP1", "lena")
        with pytest.raises(ValidationError, match="holds the real name itself"):
            project.set_pseudonym("Alla", pseudonym, "lena")
        assert {p.real: p.pseudonym for p in project.pseudonyms("lena")} == {"Alla": "IP1"}


def test_a_pseudonym_beside_the_name_is_taken(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.set_pseudonym("Alla", "Allan", "lena")  # another word, not hers
        assert {p.real: p.pseudonym for p in project.pseudonyms("lena")} == {"Alla": "Allan"}


def test_the_cli_says_it_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
    code, out, err = cli_run(path, "lena", "pseudonym", "set", "Alla", "P-Alla")
    assert code != 0 and "holds the real name itself" in err, (out, err)
    assert len(err.strip().splitlines()) == 1

"""The answer to naming the consensus (or qualcode) as a coder is said in the
interface's language: a Swedish lead who typed "lena,consensus" as the coders to compare
read the service's English line among Swedish, the one refusal of its kind with no words
in the language files (render40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from qualcode.tui.catalog import Catalog
from qualcode.tui.said import said


@pytest.mark.parametrize(
    ("typed", "swedish", "english"),
    [
        ("consensus", "consensus är ingen kodare: konsensus är", "consensus is no coder: the"),
        ("Qualcode", "Qualcode är ingen kodare: qualcode", "Qualcode is no coder: qualcode"),
    ],
)
def test_a_name_qualcode_gives_is_answered_in_the_interfaces_language(
    tmp_path: Path, typed: str, swedish: str, english: str
) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        with pytest.raises(NotFoundError) as refused:
            project.agreement(["lena", typed])
    assert str(refused.value).startswith(f"unknown coder {typed!r}: ")  # the CLI's, as before
    assert said(refused.value, Catalog("sv")).startswith(swedish)
    assert said(refused.value, Catalog("en")).startswith(english)

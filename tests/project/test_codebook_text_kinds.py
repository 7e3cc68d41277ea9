"""A code's keyword, definition or example that is too long is refused as what it is, in
both languages: a keyword of 250 characters was refused with "A name may have at most 200
characters" (English) and "Ett namn får ha högst 200 tecken" (Swedish), and a coder looked
for the name she had typed (small37)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.tui.catalog import Catalog

LONG_TEXT = "ord " * 50_001  # over the 200,000 characters of any written text


@pytest.mark.parametrize(
    ("fields", "english", "swedish"),
    [
        ({"keywords": {"sv": ["a" * 250]}}, "a keyword may have at most 200", "Ett nyckelord får"),
        (
            {"keywords": {"sv": ["två\tord"]}},
            "a keyword must be one line",
            "Ett nyckelord är en rad",
        ),
        ({"definitions": {"sv": LONG_TEXT}}, "a definition may have at most", "En definition får"),
        ({"examples": {"en": [LONG_TEXT]}}, "an example may have at most", "Ett exempel får"),
        ({"inclusion": {"en": LONG_TEXT}}, "a rule for when to use a code", "En regel för när"),
    ],
)
def test_a_codebook_text_is_refused_as_what_it_is(
    tmp_path: Path, fields: dict[str, object], english: str, swedish: str
) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_code("budget", {"sv": "Budget", "en": "Budget"})
        with pytest.raises(QualcodeError) as caught:
            project.update_code("budget", **fields)
        assert english in str(caught.value) and "name" not in str(caught.value)
        said = Catalog("sv").refusal(caught.value.key, caught.value.values)
        assert said is not None and said.startswith(swedish)
        assert project.code("budget").keywords == {}  # nothing written

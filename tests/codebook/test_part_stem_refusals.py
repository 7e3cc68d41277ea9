"""A part's stem refused in words about stems (hostile48). A stem held to a keyword's
rules was refused as a keyword: "a keyword must be one line of text (one keyword each:
separate them by commas)", where a comma inside a stem is itself refused, so a YAML
codebook's author went from one refusal to the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.codebook import parse_codebook
from qualcode.errors import CodebookError


def _book(stem: str) -> str:
    return (
        "codes:\n- key: economics\n  name: {en: Economics}\n"
        f"  parts: {{sv: [[{stem}], [flerår]]}}\n"
    )


@pytest.mark.parametrize(
    ("stem", "said"),
    [
        ('"bud\\nget"', "a stem must be one line of text (one stem each: a list item"),
        ("x" * 201, "201 characters long; a stem may have at most 200"),
    ],
)
def test_a_stem_is_refused_as_a_stem(stem: str, said: str) -> None:
    with pytest.raises(CodebookError) as raised:
        parse_codebook(_book(stem), "book.yaml")
    message = str(raised.value)
    assert said in message and "keyword" not in message and "\n" not in message
    assert "book.yaml: code 'economics': field 'parts.sv': part 1: a stem" in message


def test_a_typed_stem_is_told_of_commas(tmp_path: Path) -> None:
    """`codebook edit --parts-sv` and the TUI form type stems on one line, between commas:
    a tab in one was told only of YAML list items (review48)."""
    from qualcode import Project
    from tests.conftest import coding_team

    with coding_team(tmp_path / "p.db") as project:
        project.act_as("lena")
        key = project.codebook_specs()[0].key
        with pytest.raises(CodebookError) as raised:
            project.update_code(key, parts={"sv": [["bud\tget"], ["flerår"]]})
        assert "or between commas" in str(raised.value)
        assert isinstance(project, Project) and project.code(key).parts == {}

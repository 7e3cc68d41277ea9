"""A code's parts are edited as its keywords and examples are: by the Python API's
``update_code`` and ``add_code``, by `codebook edit KEY --parts-sv 'budget, ekonomi;
flerår'` and `codebook add`; the languages given replace, '' clears one. Every value a
codebook file's load refuses is refused in the same words, on one line, with nothing
written; an edit is audited with what the parts held, and a kept engine is fitted again."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import CodebookError
from tests.conftest import coding_team

MONEY = ("budget", "ekonomi")
TIME = ("flerår", "långsikt")


def test_the_api_sets_a_languages_parts_and_leaves_the_other(project: Project) -> None:
    project.act_as("lena")
    project.update_code("integration", parts={"en": [["staff"], ["client", "child"]]})
    code = project.update_code("integration", parts={"sv": [list(MONEY), TIME]})
    assert code.parts == {"en": (("staff",), ("client", "child")), "sv": (MONEY, TIME)}
    assert code.keywords == {"sv": ("arbetsmiljö",)}  # untouched fields stay
    code = project.update_code("integration", parts={"en": []})
    assert code.parts == {"sv": (MONEY, TIME)}
    entry = [e for e in project.audit() if e.action == "code.edit"][-1]
    assert entry.actor == "lena"
    assert entry.payload["changes"] == {
        "parts": {
            "from": {"en": [["staff"], ["client", "child"]], "sv": [list(MONEY), list(TIME)]},
            "to": {"sv": [list(MONEY), list(TIME)]},
        }
    }


def test_a_new_code_takes_its_parts(project: Project) -> None:
    project.act_as("lena")
    code = project.add_code("economy", {"sv": "Ekonomi"}, parts={"sv": [[" budget "], TIME]})
    assert code.parts == {"sv": (("budget",), TIME)}


@pytest.mark.parametrize(
    ("parts", "said"),
    [
        ({"sv": "budget"}, "field 'parts.sv' must be a list of parts, each a list of stems"),
        ({"sv": ["budget", "ekonomi"]}, "field 'parts.sv' must be a list of parts"),
        ({"sv": [["budget"], []]}, "field 'parts.sv': part 2 is empty"),
        ({"de": [["geld"]]}, "field 'parts.de': unknown language; use sv or en"),
        ([["budget"]], "field 'parts' must map languages (sv, en) to values"),
        ({"sv": [[f"s{i}"] for i in range(9)]}, "9 parts, more than the 8 a code may have"),
        ({"sv": [["bud\x1b[31mget"]]}, "field 'parts.sv': part 1: a stem"),
        ({"sv": [["budget; ekonomi"]]}, "stem 'budget; ekonomi' holds ';' or ','"),
        ({"sv": [["budget", 5]]}, "part 1: a stem must be text, not int 5"),
    ],
)
def test_a_malformed_value_is_refused_on_one_line_and_nothing_changes(
    project: Project, parts: object, said: str
) -> None:
    project.act_as("lena")
    project.update_code("integration", parts={"sv": [list(MONEY)]})
    before, logged = project.codebook(), len(project.audit())
    with pytest.raises(CodebookError) as caught:
        project.update_code("integration", parts=parts)
    message = str(caught.value)
    assert said in message and "\n" not in message
    assert message.startswith("code 'integration'")
    with pytest.raises(CodebookError, match="part 2 is empty"):
        project.add_code("economy", {"sv": "Ekonomi"}, parts={"sv": [["budget"], []]})
    assert project.codebook() == before and len(project.audit()) == logged


def _cli(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["-p", str(db), "--coder", "lena", "codebook", *args])
    return result.exit_code, result.output


def test_codebook_edit_and_add_take_typed_parts(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    coding_team(db).close()
    code, said = _cli(db, "edit", "integration", "--parts-sv", "budget, ekonomi; flerår,långsikt")
    assert code == 0, said
    assert "edited integration: parts" in said
    code, said = _cli(db, "add", "economy", "--name-en", "Economy", "--parts-en", "fund; year")
    assert code == 0, said
    with Project.open(db) as project:
        assert project.code("integration").parts == {"sv": (MONEY, TIME)}
        assert project.code("economy").parts == {"en": (("fund",), ("year",))}
    code, said = _cli(db, "edit", "integration", "--parts-sv", "")  # '' clears
    assert code == 0, said
    with Project.open(db) as project:
        assert project.code("integration").parts == {}


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("budget;;flerår", "part 2 is empty"),
        ("budget; ", "part 2 is empty"),
        ("budget\x07", "part 1: a stem"),
        (";".join("abcdefghi"), "9 parts, more than the 8"),
    ],
)
def test_codebook_edit_refuses_bad_typed_parts_on_one_line(
    tmp_path: Path, typed: str, said: str
) -> None:
    db = tmp_path / "p.db"
    coding_team(db).close()
    _cli(db, "edit", "integration", "--parts-sv", "budget")
    code, output = _cli(db, "edit", "integration", "--parts-sv", typed)
    assert code != 0
    assert said in output and len(output.strip().splitlines()) == 1, output
    with Project.open(db) as project:
        assert project.code("integration").parts == {"sv": (("budget",),)}


@pytest.mark.slow  # fits the suggestion engine three times
def test_an_edit_of_parts_refits_the_kept_engine(tmp_path: Path) -> None:
    from tests.conftest import SV_TEXT

    db = tmp_path / "p.db"
    with coding_team(db) as made:
        made.import_text("aby_01.txt", SV_TEXT, lang="sv")
        made.suggester()
        assert made.engine_fits == 1
    with Project.open(db) as project:
        project.suggester()
        assert project.engine_fits == 0  # kept, read back
        project.act_as("lena")
        project.update_code("integration", parts={"sv": [list(MONEY), list(TIME)]})
    with Project.open(db) as project:
        project.suggester()
        assert project.engine_fits == 1  # the codebook it learned from changed: refitted
    with Project.open(db) as project:
        project.suggester()
        assert project.engine_fits == 0

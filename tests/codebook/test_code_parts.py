"""A code's parts (``parts``): per language, the stems of each side of what the code joins.
They travel as further examples do: the YAML and CSV read (and the YAML written), the
project file (an older file gains the table and opens as before), the engine's
fingerprint, ``codebook show``, the paper appendix (.md, .docx) and a coder's handout;
every malformed value is refused on one line, and nothing is written."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import docx
import pytest
import yaml

from qualcode import Project
from qualcode.codebook import load_codebook
from qualcode.codebook.csv_io import read_codebook_csv
from qualcode.codebook.yaml_io import dump_codebook, parse_codebook
from qualcode.errors import CodebookError
from qualcode.model import Codebook
from tests.codebook.codebook_field_kit import older_project_gains, shown_as_json
from tests.conftest import small_codebook

MONEY = ("budget", "kostnad", "köpta platser")
TIME = ("flerår", "långsikt")
PARTS = {"sv": (MONEY, TIME)}

BOOK = """codebook: tiny
version: 1
codes:
  - key: long_term_economics
    name: {sv: Långsiktig ekonomi, en: Long-term economics}
    parts:
      PARTS
  - key: integration
    name: {en: Integration}
"""
GOOD = "sv: [[budget, kostnad, köpta platser], [flerår, långsikt]]"

BUNDLED = Path(__file__).parents[2] / "codebooks" / "turning_points.yaml"


def _book(parts: str) -> str:
    return BOOK.replace("PARTS", parts)


def _with_parts(book: Codebook, parts: object = PARTS) -> Codebook:
    """The tiny codebook, its first code given ``parts``."""
    first = replace(book.codes[0], parts=parts)
    return replace(book, codes=(first, *book.codes[1:]))


def test_the_yaml_reads_and_writes_them() -> None:
    book = parse_codebook(_book(GOOD), "b.yaml")
    assert book.codes[0].parts == PARTS
    assert book.codes[1].parts == {}
    assert book.engine_codes()[0].parts == PARTS
    assert parse_codebook(dump_codebook(book), "again.yaml").codes == book.codes
    written = yaml.safe_load(dump_codebook(book))["codes"]
    assert written[0]["parts"] == {"sv": [list(MONEY), list(TIME)]}
    assert "parts" not in written[1]


def test_stems_are_stripped_and_an_empty_language_is_none() -> None:
    book = parse_codebook(_book("{sv: [[' budget ', kostnad]], en: []}"), "b.yaml")
    assert book.codes[0].parts == {"sv": (("budget", "kostnad"),)}


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("[[budget]]", "field 'parts' must map languages (sv, en) to lists of parts"),
        ("{de: [[geld]]}", "field 'parts': unknown language 'de' (sv, en)"),
        ("{sv: budget}", "field 'parts.sv' must be a list of parts, each a list of stems"),
        ("{sv: [budget, pengar]}", "field 'parts.sv' must be a list of parts, each a list"),
        ("{sv: [[budget], []]}", "field 'parts.sv': part 2 is empty"),
        ("{sv: [[budget, 12]]}", "field 'parts.sv': part 1: a stem must be text, not int 12"),
        ("{sv: [[budget, '  ']]}", "field 'parts.sv': part 1 has an empty stem"),
        ("{sv: [['budget; pengar']]}", "stem 'budget; pengar' holds ';' or ','"),
        ("{sv: [[[budget]]]}", "a stem must be text, not list"),
        ("{sv: [[a], [b], [c], [d], [e], [f], [g], [h], [i]]}", "9 parts, more than the 8"),
        ("{sv: [[" + ", ".join(f"s{i}" for i in range(501)) + "]]}", "part 1 has 501 stems"),
        ("{sv: [['" + "x" * 201 + "']]}", "part 1: a stem: 201 characters long"),
        ('{sv: [["bud\\tget"]]}', "part 1: a stem: holds a line break, tab or control"),
    ],
)
def test_a_malformed_value_is_refused_on_one_line(value: str, said: str) -> None:
    with pytest.raises(CodebookError) as caught:
        parse_codebook(_book(value), "b.yaml")
    message = str(caught.value)
    assert said in message and "\n" not in message
    assert "code 'long_term_economics'" in message


def test_a_refused_file_leaves_the_project_as_it_was(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.apply_codebook(_with_parts(small_codebook()))
    before = project.codebook()
    bad = tmp_path / "bad.yaml"
    bad.write_text(_book("{sv: [[budget], []]}"), "utf-8")
    with pytest.raises(CodebookError, match="part 2 is empty"):
        project.load_codebook(bad)
    assert project.codebook() == before


def test_a_control_character_from_python_is_refused(project: Project) -> None:
    """The Python API hands a CodeSpec straight in: its stems are checked as keywords."""
    project.act_as("lena")
    before = project.codebook()
    with pytest.raises(CodebookError, match=r"part 1 \(sv\): a stem"):
        project.apply_codebook(_with_parts(small_codebook(), {"sv": (("a\x1b[31m",),)}))
    assert project.codebook() == before


def test_a_csv_codebook_reads_a_parts_column(tmp_path: Path) -> None:
    path = tmp_path / "kodbok.csv"
    cell = "budget; kostnad, köpta platser\nflerår; långsikt;"
    path.write_text(f'key,name,parts (sv)\nlong_term_economics,Ekonomi,"{cell}"\n', "utf-8")
    book = read_codebook_csv(path)
    assert book.codes[0].parts == PARTS
    path.write_text('key,name,delar\nlong_term_economics,Ekonomi,"budget\n\n"\n', "utf-8")
    assert read_codebook_csv(path).codes[0].parts == {"sv": (("budget",),)}


def test_every_helper_of_the_parts_module_has_a_caller() -> None:
    """A helper written for a writer that never came (``parts_cell``, review47) is code
    nobody runs or reads against its reader; each public function here is used elsewhere."""
    package = Path(__file__).parents[2] / "qualcode"
    module = package / "codebook" / "parts.py"
    defined = [
        node.name
        for node in ast.parse(module.read_text("utf-8")).body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    ]
    elsewhere = "\n".join(p.read_text("utf-8") for p in package.rglob("*.py") if p != module)
    assert defined
    assert [name for name in defined if name not in elsewhere] == []


def test_kept_in_the_project_and_exported_again(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.apply_codebook(_with_parts(small_codebook()))
    code = project.codebook()[0]
    assert code.parts == PARTS
    back = project.export_codebook(tmp_path / "back.yaml")
    codes = yaml.safe_load(back.read_text("utf-8"))["codes"]
    assert codes[0]["parts"] == {"sv": [list(MONEY), list(TIME)]}
    # a file that leaves them out empties them, as it would the examples
    project.apply_codebook(small_codebook())
    assert project.codebook()[0].parts == {}


def test_the_engine_fingerprint_sees_them(project: Project) -> None:
    """A changed stem fits the engine again: the kept model is keyed on the codebook."""
    project.act_as("lena")
    project.apply_codebook(small_codebook())
    before = project.store.suggestions.training_state()
    project.apply_codebook(_with_parts(small_codebook()))
    with_parts = project.store.suggestions.training_state()
    assert with_parts != before
    project.apply_codebook(_with_parts(small_codebook(), {"sv": (MONEY, ("flerår",))}))
    assert project.store.suggestions.training_state() not in (before, with_parts)


def test_the_appendix_prints_them(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.apply_codebook(_with_parts(small_codebook()))
    text = project.export_codebook(tmp_path / "kodbok.md", lang="sv").read_text("utf-8")
    assert "**Delar (var och en nämns i stycket)**" in text
    assert "- budget, kostnad, köpta platser" in text and "- flerår, långsikt" in text
    # an English appendix of a code with Swedish parts only says whose stems they are
    document = docx.Document(str(project.export_codebook(tmp_path / "book.docx", lang="en")))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Parts (each named in the paragraph)" not in paragraphs
    heading = paragraphs.index("Parts in Swedish (each named in the paragraph)")
    assert paragraphs[heading + 1 : heading + 3] == [
        "budget, kostnad, köpta platser",
        "flerår, långsikt",
    ]
    text = project.export_codebook(tmp_path / "book.md", lang="en").read_text("utf-8")
    assert "**Parts in Swedish (each named in the paragraph)**" in text


def test_the_appendix_prints_the_parts_of_its_own_language(
    project: Project, tmp_path: Path
) -> None:
    """With parts in both languages, each appendix prints its own, under the plain heading."""
    project.act_as("lena")
    both = {**PARTS, "en": (("budget", "cost"), ("multi-year", "long-term"))}
    project.apply_codebook(_with_parts(small_codebook(), both))
    text = project.export_codebook(tmp_path / "book.md", lang="en").read_text("utf-8")
    assert "**Parts (each named in the paragraph)**" in text
    assert "- budget, cost" in text and "- multi-year, long-term" in text
    assert "kostnad" not in text and "Swedish" not in text
    text = project.export_codebook(tmp_path / "kodbok.md", lang="sv").read_text("utf-8")
    assert "**Delar (var och en nämns i stycket)**" in text
    assert "- flerår, långsikt" in text and "multi-year" not in text


def test_codebook_show_gives_them(project: Project) -> None:
    rows = shown_as_json(project, _with_parts(small_codebook()))
    assert rows[0]["parts"] == {"sv": [list(MONEY), list(TIME)]}
    assert rows[1]["parts"] == {}


def test_an_older_project_gains_them_and_keeps_its_codebook(tmp_path: Path) -> None:
    older_project_gains(tmp_path, "code_parts", "parts", PARTS)


def test_a_coders_copy_holds_them(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.apply_codebook(_with_parts(small_codebook()))
    project.handout("karin", tmp_path / "karin.db")
    with Project.open(tmp_path / "karin.db") as copy:
        assert copy.codebook()[0].parts == PARTS


def test_the_bundled_codebook_joins_two_sides_in_both_languages() -> None:
    """Long-term economics: money and a horizon; integration: the staff's side and the
    clients'. The other two codes' parts did not separate on dev (SUGGEST.md, Stop 46)."""
    codes = {c.key: c for c in load_codebook(BUNDLED).codes}
    parts = codes["long_term_economics"].parts
    assert set(parts) == {"sv", "en"} and len(parts["sv"]) == len(parts["en"]) == 2
    assert "budget" in parts["sv"][0] and "långsikt" in parts["sv"][1]
    assert "fund" in parts["en"][0] and "early help" in parts["en"][1]
    integration = codes["integration"].parts
    assert set(integration) == {"sv", "en"} and len(integration["sv"]) == 2
    assert "arbetsmiljö" in integration["sv"][0] and "kvalitet" in integration["sv"][1]
    assert "workforce" in integration["en"][0] and "child" in integration["en"][1]
    assert not codes["mission_dialogue"].parts and not codes["systems_perspective"].parts

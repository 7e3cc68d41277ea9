"""A code's further examples (``further_examples``): how the code is also spoken of in a
register its examples lack. They travel as the examples do: the YAML read and written, the
project file (an older file gains the table and opens as before), ``codebook show``, the
paper appendix (.md, .docx) and a coder's handout; bad values are refused on one line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
import yaml

from qualcode import Project
from qualcode.codebook.yaml_io import dump_codebook, parse_codebook
from qualcode.errors import CodebookError
from qualcode.model import Codebook
from tests.codebook.codebook_field_kit import older_project_gains, shown_as_json
from tests.conftest import small_codebook

NEWS_SV = "Den nya nämnden besökte alla enheter för att höra vad personalen behöver."
NEWS_EN = "The new board visited every unit to hear what the staff need."

BOOK = f"""codebook: tiny
version: 1
codes:
  - key: mission_dialogue
    name: {{sv: Uppdragsdialog, en: Mission dialogue}}
    examples:
      sv: ["Vi pratar med politikerna om uppdraget."]
    further_examples:
      sv: ["{NEWS_SV}"]
      en: ["{NEWS_EN}"]
  - key: integration
    name: {{en: Integration}}
"""


def _with_further(book: Codebook) -> Codebook:
    """The tiny codebook, mission dialogue given one further example per language."""
    first = replace(book.codes[0], further_examples={"sv": (NEWS_SV,), "en": (NEWS_EN,)})
    return replace(book, codes=(first, *book.codes[1:]))


def test_the_yaml_reads_and_writes_them_apart_from_the_examples() -> None:
    book = parse_codebook(BOOK, "b.yaml")
    code = book.codes[0]
    assert code.examples == {"sv": ("Vi pratar med politikerna om uppdraget.",)}
    assert code.further_examples == {"sv": (NEWS_SV,), "en": (NEWS_EN,)}
    assert book.engine_codes()[0].further_examples == code.further_examples
    again = parse_codebook(dump_codebook(book), "again.yaml")
    assert again.codes == book.codes
    written = yaml.safe_load(dump_codebook(book))["codes"][0]
    assert written["further_examples"] == {"sv": [NEWS_SV], "en": [NEWS_EN]}


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("[one, two]", "field 'further_examples' must map languages (sv, en) to values"),
        ("{sv: just one}", "field 'further_examples.sv' must be a list of texts"),
        ("{de: [ein]}", "field 'further_examples': unknown language 'de' (sv, en)"),
        ('{sv: ["  "]}', "field 'further_examples.sv' has an empty entry"),
    ],
)
def test_a_malformed_value_is_refused_on_one_line(value: str, said: str) -> None:
    text = BOOK.replace(f'sv: ["{NEWS_SV}"]\n      en: ["{NEWS_EN}"]', "x: 1").replace(
        "further_examples:\n      x: 1", f"further_examples: {value}"
    )
    with pytest.raises(CodebookError) as caught:
        parse_codebook(text, "b.yaml")
    message = str(caught.value)
    assert said in message and "\n" not in message


def test_a_control_character_in_one_is_refused_as_in_an_example(project: Project) -> None:
    book = small_codebook()
    bad = replace(book.codes[0], further_examples={"en": ("a \x1b[31m red line",)})
    project.act_as("lena")
    before = project.codebook()
    with pytest.raises(CodebookError, match="a further example"):
        project.apply_codebook(replace(book, codes=(bad, *book.codes[1:])))
    assert project.codebook() == before  # nothing written


def test_kept_in_the_project_and_exported_again(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.apply_codebook(_with_further(small_codebook()))
    code = next(c for c in project.codebook() if c.key == "mission_dialogue")
    assert code.further_examples == {"sv": (NEWS_SV,), "en": (NEWS_EN,)}
    assert code.examples == {"sv": ("Vi pratar med politikerna om uppdraget.",)}
    back = project.export_codebook(tmp_path / "back.yaml")
    codes = {c["key"]: c for c in yaml.safe_load(back.read_text("utf-8"))["codes"]}
    assert codes["mission_dialogue"]["further_examples"] == {"sv": [NEWS_SV], "en": [NEWS_EN]}
    assert "further_examples" not in codes["integration"]
    # a file that leaves them out empties them, as it would the examples
    project.apply_codebook(small_codebook())
    code = next(c for c in project.codebook() if c.key == "mission_dialogue")
    assert code.further_examples == {}


def test_the_engine_fingerprint_sees_them(project: Project) -> None:
    """A changed further example fits the engine again, as a changed example does."""
    before = project.store.suggestions.training_state()
    project.act_as("lena")
    project.apply_codebook(_with_further(small_codebook()))
    assert project.store.suggestions.training_state() != before


def test_the_appendix_prints_them_under_their_own_heading(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.apply_codebook(_with_further(small_codebook()))
    text = project.export_codebook(tmp_path / "codebook.md", lang="en").read_text("utf-8")
    assert "**Further examples (other registers)**" in text
    assert f"- {NEWS_EN}" in text and NEWS_SV not in text
    document = docx.Document(str(project.export_codebook(tmp_path / "kodbok.docx", lang="sv")))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Fler exempel (andra register)" in paragraphs
    assert paragraphs.index(NEWS_SV) > paragraphs.index("Fler exempel (andra register)")


def test_codebook_show_gives_them(project: Project) -> None:
    rows = {r["key"]: r for r in shown_as_json(project, _with_further(small_codebook()))}
    assert rows["mission_dialogue"]["further_examples"] == {"sv": [NEWS_SV], "en": [NEWS_EN]}
    assert rows["integration"]["further_examples"] == {}


def test_an_older_project_gains_them_and_keeps_its_codebook(tmp_path: Path) -> None:
    older_project_gains(tmp_path, "code_further_examples", "further_examples", {"en": (NEWS_EN,)})


def test_a_coders_copy_holds_them(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.apply_codebook(_with_further(small_codebook()))
    project.handout("karin", tmp_path / "karin.db")
    with Project.open(tmp_path / "karin.db") as copy:
        code = next(c for c in copy.codebook() if c.key == "mission_dialogue")
        assert code.further_examples == {"sv": (NEWS_SV,), "en": (NEWS_EN,)}

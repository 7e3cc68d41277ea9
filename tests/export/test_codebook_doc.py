"""The codebook for a paper's appendix (.md, .docx): one language, the hierarchy, every
text through the pseudonym key, read back with the real readers."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


def test_swedish_docx_has_each_code_under_its_parent_with_its_texts(
    project: Project, tmp_path: Path
) -> None:
    path = project.export_codebook(tmp_path / "kodbok.docx", lang="sv")
    document = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in document.paragraphs if "Heading" in p.style.name]
    # Swedish names where there are any, English where the code has only that; the child
    # one level below its parent, right after it
    assert headings == [
        ("Heading 1", "Uppdragsdialog"),
        ("Heading 1", "Integrering"),
        ("Heading 2", "Caseload"),
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Definition. Talk about the assignment between levels." in text  # no sv: en
    assert "Exempel" in text and "Vi pratar med politikerna om uppdraget." in text
    assert "Examples" not in text and "mission_dialogue" in text  # the key, to find it


def test_markdown_in_english_and_names_on_the_key_never_printed(
    project: Project, tmp_path: Path
) -> None:
    project.act_as("lena")
    project.set_pseudonym("politikerna", "de förtroendevalda", "lena", kind="other")
    path = project.export_codebook(tmp_path / "codebook.md", lang="en")
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# tiny"
    assert "## Mission dialogue" in text and "### Caseload" in text
    assert "- Vi pratar med de förtroendevalda om uppdraget." in text
    assert "politikerna" not in text


def test_a_third_language_is_refused_and_nothing_written(project: Project, tmp_path: Path) -> None:
    with pytest.raises(QualcodeError, match=re.escape("lang 'de': use en or sv")):  # the API's
        project.export_codebook(tmp_path / "codebook.md", lang="de")
    assert not (tmp_path / "codebook.md").exists()


def test_any_other_name_is_the_yaml_that_loads_again(project: Project, tmp_path: Path) -> None:
    path = project.export_codebook(tmp_path / "codebook.txt", lang="sv")
    assert path.read_text(encoding="utf-8").startswith("codebook: tiny")
    with Project.create(tmp_path / "other.db") as other:
        other.load_codebook(tmp_path / "codebook.txt")
        assert [c.key for c in other.codebook()] == [c.key for c in project.codebook()]


def test_an_existing_file_is_replaced_only_with_force(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "codebook.docx"
    target.write_text("mine")
    with pytest.raises(QualcodeError):
        project.export_codebook(target, lang="sv")
    assert target.read_text() == "mine"
    project.export_codebook(target, lang="sv", force=True)
    assert docx.Document(str(target)).paragraphs[0].text == "tiny"

"""A keyword, a code's name or a coder's name that shows as nothing (zero-width or
combining characters only, U+200B pasted from a web page) is refused in one line at every
door, by the rule parts' stems follow (``shows_nothing.check_shows``), and nothing is
changed. A code's key is ASCII letters, digits and '_' only, so none can be invisible
(hostile49b)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError

UNSEEN = ["\u200b", "\u0301", "\u200b\u0301", "\u2060\u00a0\ufeff"]
SAID = "shows as nothing (zero-width or combining characters only)"


def _refused(call: object) -> str:
    with pytest.raises(QualcodeError) as refused:
        call()  # type: ignore[operator]
    said = str(refused.value)
    assert "\n" not in said
    return said


@pytest.mark.parametrize("word", UNSEEN)
def test_the_api_refuses_an_unseen_keyword_and_name(project: Project, word: str) -> None:
    project.act_as("lena")
    key = project.store.codes.list()[0].key
    before = project.store.codes.get(key)
    said = _refused(lambda: project.update_code(key, actor="lena", keywords={"sv": ["ok", word]}))
    assert "a keyword (sv)" in said and SAID in said, said
    _refused(lambda: project.update_code(key, actor="lena", names={"en": word}))
    _refused(lambda: project.add_code("fresh", {"en": word, "sv": "Ny"}, actor="lena"))
    assert project.store.codes.get(key) == before
    assert "fresh" not in [c.key for c in project.store.codes.list()]


@pytest.mark.parametrize("word", ["\u0301", "\u0301\u0302"])
def test_a_coder_named_by_combining_marks_alone_is_refused(project: Project, word: str) -> None:
    """A zero-width space was refused already (no printable character); a mark was not."""
    coders = [c.name for c in project.coders()]
    assert SAID in _refused(lambda: project.add_coder(word, actor="lena"))
    assert [c.name for c in project.coders()] == coders


def test_a_symbol_or_a_letter_and_its_mark_is_kept(project: Project) -> None:
    project.act_as("lena")
    key = project.store.codes.list()[0].key
    code = project.update_code(key, actor="lena", keywords={"en": ["£", "é", "n\u0308"]})
    assert code.keywords["en"] == ("£", "é", "n\u0308")
    assert project.add_coder("e\u0301va", actor="lena").name == "éva"


def test_yaml_and_csv_codebooks_with_an_unseen_keyword_or_name_load_nothing(
    project: Project, tmp_path: Path
) -> None:
    project.act_as("lena")
    book = tmp_path / "book.yaml"
    project.export_codebook(book)
    text = book.read_text(encoding="utf-8")
    before = project.store.codes.list()
    for field, changed in (
        ("name", text.replace("en: Mission dialogue", "en: \u0301", 1)),
        ("keyword", text.replace("- mission", '- "\\u200B"', 1)),
    ):
        assert changed != text
        bad = tmp_path / f"{field}.yaml"
        bad.write_text(changed, "utf-8")
        said = _refused(lambda b=bad: project.load_codebook(b, actor="lena"))  # type: ignore[misc]
        assert SAID in said or "holds a character" in said, said
    csv = tmp_path / "book.csv"
    csv.write_text("key,name_en,name_sv,keywords_en\nfresh,Fresh,Ny,\u200b\n", "utf-8")
    assert SAID in _refused(lambda: project.load_codebook(csv, actor="lena"))
    assert project.store.codes.list() == before


def test_the_cli_refuses_them_in_one_line(tmp_path: Path) -> None:
    from tests.conftest import coding_team

    path = tmp_path / "p.db"
    coding_team(path).close()
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    before = runner.invoke(app, ["-p", str(path), "codebook", "show"]).output
    for args in (
        ["codebook", "add", "fresh", "--name-en", "\u200b", "--name-sv", "Ny"],
        ["codebook", "edit", "integration", "--keywords-sv", "bra, \u200b"],
        ["codebook", "edit", "integration", "--name-en", "\u0301"],
    ):
        got = runner.invoke(app, ["-p", str(path), *args])
        assert got.exit_code == 1 and got.stderr.count("\n") == 1, got.output
        assert SAID in got.stderr or "holds a character" in got.stderr, got.stderr
    assert runner.invoke(app, ["-p", str(path), "codebook", "show"]).output == before


def test_a_qdc_codebook_naming_a_code_by_a_mark_alone_loads_nothing(
    project: Project, tmp_path: Path
) -> None:
    project.act_as("lena")
    qdc = tmp_path / "book.qdc"
    project.export_qdc(qdc)
    xml = qdc.read_text(encoding="utf-8")
    bad = tmp_path / "bad.qdc"
    bad.write_text(re.sub(r'name="[^"]+"', 'name="\u0301"', xml, count=1), "utf-8")
    before = project.store.codes.list()
    assert SAID in _refused(lambda: project.load_codebook(bad, actor="lena"))
    assert project.store.codes.list() == before
